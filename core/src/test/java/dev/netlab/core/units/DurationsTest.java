package dev.netlab.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsEveryUnitTheScenarioFilesUse() {
        assertEquals(Duration.ofMillis(20), Durations.parse("20ms"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("1.5s"));
        assertEquals(Duration.ofNanos(250_000), Durations.parse("250us"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofNanos(7), Durations.parse("7ns"));
    }

    @Test
    void rejectsABareNumberAndSaysWhatIsAllowed() {
        // A bare number has no unit, so accepting it would be a guess.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("20"));
        assertTrue(e.getMessage().contains("'20'"), e.getMessage());
        assertTrue(e.getMessage().contains("ms"), e.getMessage());
    }

    @Test
    void formatsInTheLargestExactUnitAndReadsBackTheSame() {
        for (String text : new String[] {"2s", "1500ms", "250us", "7ns"}) {
            assertEquals(text, Durations.format(Durations.parse(text)));
        }
    }
}
