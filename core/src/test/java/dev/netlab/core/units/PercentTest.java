package dev.netlab.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void readsAPercentageAndAFractionAsTheSameProbability() {
        // Both spellings a scenario file may use must mean the same thing.
        assertEquals(0.05, Percent.parse("5%").fraction());
        assertEquals(0.05, Percent.parse("0.05").fraction());
        assertEquals(0.005, Percent.parse("0.5%").fraction());
        assertEquals(0.0, Percent.parse("0").fraction());
        assertEquals(1.0, Percent.parse("100%").fraction());
    }

    @Test
    void refusesABareNumberThatCouldMeanPercentOrFraction() {
        // "5" could be 5% or 500%; the message shows both ways to say it.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percent.parse("5"));
        assertTrue(e.getMessage().contains("'5'") && e.getMessage().contains("5%"), e.getMessage());
    }

    @Test
    void refusesTextThatIsNotAPercentage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percent.parse("five"));
        assertEquals("not a percentage: 'five'; expected " + Percent.ALLOWED, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Percent.parse("-5%"));
    }

    @Test
    void formatsAsAScenarioFileWouldAndChecksTheRangeByName() {
        assertEquals("5%", Percent.parse("0.05").toString());
        assertEquals("0.5%", Percent.parse("0.5%").toString());
        assertEquals("loss must be between 0% and 100%: 120%", assertThrows(IllegalArgumentException.class,
                () -> Percent.requireProbability("loss", Percent.parse("120%"))).getMessage());
    }
}
