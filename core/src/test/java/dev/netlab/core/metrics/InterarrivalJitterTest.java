package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterarrivalJitterTest {

    private static final long MS = 1_000_000L;

    @Test
    void followsTheRfc3550RecurrenceStepByStep() {
        long[] send = {0, 20 * MS, 40 * MS, 60 * MS};
        long[] receive = {100 * MS, 125 * MS, 140 * MS, 170 * MS};
        // Transit 100, 105, 100, 110 ms, so D = +5, -5, +10 ms.
        // J1 = 0 + (5 - 0)/16            = 0.3125 ms
        // J2 = 0.3125 + (5 - 0.3125)/16   = 0.60546875 ms
        // J3 = 0.60546875 + (10 - 0.60546875)/16 = 1.192626953125 ms
        assertEquals(1_192_626.953125, InterarrivalJitter.nanos(send, receive), 1e-6);
    }

    @Test
    void constantTransitTimeHasNoJitterWhateverTheClockOffset() {
        long[] send = {5, 15, 35, 36};
        long[] receive = {1_000_005, 1_000_015, 1_000_035, 1_000_036};
        // Every D is 0, so J stays 0; the million-nanosecond clock offset cancels in D.
        assertEquals(0.0, InterarrivalJitter.nanos(send, receive));
    }

    @Test
    void fewerThanTwoArrivalsAreNotMeasured() {
        // There is no pair to take a D from.
        assertTrue(Double.isNaN(InterarrivalJitter.nanos(new long[] {1}, new long[] {2})));
        assertTrue(Double.isNaN(InterarrivalJitter.nanos(new long[0], new long[0])));
        assertThrows(IllegalArgumentException.class, () -> InterarrivalJitter.nanos(new long[2], new long[3]));
    }
}
