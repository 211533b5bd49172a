package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    private static final double FOUR_DECIMALS = 0.00005;

    @Test
    void matchesTheTextbookValueForEightOfTen() {
        WilsonInterval ci = WilsonInterval.of(8, 10);
        // 8/10 at 95% is [0.4902, 0.9433] in every table of the Wilson interval.
        assertEquals(0.4902, ci.low(), FOUR_DECIMALS);
        assertEquals(0.9433, ci.high(), FOUR_DECIMALS);
    }

    @Test
    void matchesNewcombesPublishedExamples() {
        // Newcombe (1998), Statistics in Medicine 17:857, Table I, method 3 (score, no continuity
        // correction): the four worked examples, to the four decimals the paper prints.
        assertInterval(0.2553, 0.3662, WilsonInterval.of(81, 263));
        assertInterval(0.0624, 0.1605, WilsonInterval.of(15, 148));
        assertInterval(0.0000, 0.1611, WilsonInterval.of(0, 20));
        assertInterval(0.0061, 0.1718, WilsonInterval.of(1, 29));
    }

    @Test
    void noneAndAllDeliveredPinTheIntervalToZeroAndOne() {
        WilsonInterval none = WilsonInterval.of(0, 10);
        WilsonInterval all = WilsonInterval.of(10, 10);
        // The bound on the observed side is exact; the other side still admits doubt (0.2775 = 1 - 0.7225).
        assertEquals(0.0, none.low());
        assertEquals(0.2775, none.high(), FOUR_DECIMALS);
        assertEquals(0.7225, all.low(), FOUR_DECIMALS);
        assertEquals(1.0, all.high());
    }

    @Test
    void zeroTrialsSayNothingIsKnown() {
        // Without a single trial any ratio is possible, so the interval is all of [0, 1].
        assertEquals(new WilsonInterval(0, 1), WilsonInterval.of(0, 0));
    }

    @Test
    void lowerConfidenceGivesANarrowerInterval() {
        WilsonInterval ninety = WilsonInterval.of(8, 10, 0.90);
        // z = 1.6449 at 90%: [0.5408, 0.9314], inside the 95% interval as it must be.
        assertInterval(0.5408, 0.9314, ninety);
        assertTrue(ninety.low() > WilsonInterval.of(8, 10).low());
    }

    @Test
    void rejectsImpossibleCountsAndConfidences() {
        // Each message names the bad value, so a caller's bug is found at once.
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(11, 10))
                .getMessage().contains("11"));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 10, 0.0));
    }

    private static void assertInterval(double low, double high, WilsonInterval actual) {
        assertEquals(low, actual.low(), FOUR_DECIMALS, "low of " + actual);
        assertEquals(high, actual.high(), FOUR_DECIMALS, "high of " + actual);
    }
}
