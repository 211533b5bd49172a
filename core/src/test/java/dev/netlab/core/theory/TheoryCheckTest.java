package dev.netlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TheoryCheckTest {

    @Test
    void aPredictionInsideTheIntervalIsSaidToAgree() {
        assertEquals("The theory's 92.5% lies inside UDP's interval.",
                new TheoryCheck("UDP", 0.9246, 0.91, 0.97).sentence());
    }

    @Test
    void aPredictionOutsideTheIntervalMakesTheRunAnOutlier() {
        assertEquals("The theory's 92.5% lies outside UDP's interval: for this model about 1 run in 20 does that,"
                + " so this run is an outlier, not a fault of the link.", new TheoryCheck("UDP", 0.9246, 0.951, 0.973).sentence());
    }

    @Test
    void withoutAPredictionThereIsNoSentence() {
        assertEquals("", new TheoryCheck("UDP", Double.NaN, 0.9, 1).sentence());
    }

    @Test
    void aPredictionNextToAnEndIsShownWithTwoDecimalsSoTheSentenceCanBeChecked() {
        // 92.46% against [92.48%, 98.2%]: at one decimal both read 92.5%, and "outside" would look false.
        TheoryCheck check = new TheoryCheck("UDP", 0.9246, 0.9248, 0.982);
        assertEquals(2, check.decimals());
        assertEquals("92.48%", check.percent(0.9248));
        assertEquals(true, check.sentence().startsWith("The theory's 92.46% lies outside"));
    }
}
