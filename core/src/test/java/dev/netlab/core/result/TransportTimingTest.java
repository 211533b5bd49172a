package dev.netlab.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransportTimingTest {

    private static final TimingError QUIET = new TimingError(10, 0.01, 0.1, 1);

    @Test
    void aRunIsDisturbedOnlyWhenAP99PassesTheThreshold() {
        // Exactly at 5 ms is not above it; a p99 just past it in either error is.
        assertFalse(new TransportTiming(1, 0, new TimingError(10, 1, 5.0, 40), QUIET).disturbed());
        assertTrue(new TransportTiming(1, 0, new TimingError(10, 1, 5.01, 40), QUIET).disturbed());
        assertTrue(new TransportTiming(1, 0, QUIET, new TimingError(10, 1, 5.01, 40)).disturbed());
    }

    @Test
    void nothingMeasuredIsNeverDisturbed() {
        assertFalse(TransportTiming.UNKNOWN.disturbed());
        assertEquals("", TransportTiming.UNKNOWN.disturbedBecause());
    }

    @Test
    void theReasonNamesBothErrorsWhenBothAreLate() {
        TimingError late = new TimingError(10, 1, 6.0, 40);
        assertEquals("the relay's timer fired 1% of its deadlines 6.0 ms late or more (p99) and the clients sent 1% of"
                + " their messages 6.0 ms after the planned time or later (p99)",
                new TransportTiming(1, 0, late, late).disturbedBecause());
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TransportTiming(1, -1, QUIET, QUIET));
        assertThrows(IllegalArgumentException.class, () -> new TimingError(-1, 0, 0, 0));
    }
}
