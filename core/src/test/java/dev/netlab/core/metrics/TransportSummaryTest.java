package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransportSummaryTest {

    private static final long MS = 1_000_000L;

    /**
     * Ten messages, two clients, times in ms. Client 1 sends 100 B every 10 ms from 0, client 2
     * sends 50 B every 10 ms from 5. Arrival index is the global order of first arrivals.
     *
     * <pre>
     * idx  arrives  client seq  sent  rtt
     *  0     10       1     0     0    10
     *  1     16       2     0     5    11   (+1 duplicate)
     *  2     22       1     1    10    12
     *  3     40       2     2    25    15
     *  4     48       2     3    35    13
     *  5     52       1     4    40    12
     *  6     55       1     3    30    25
     *  7     60       2     1    15    45
     *  8     62       1     5    50    12   (+1 duplicate)
     *  -   lost       1     2    20     -
     * </pre>
     */
    private static final List<Observation> RUN = List.of(
            Observation.delivered(1, 0, 0, 100, 0, 10 * MS),
            Observation.delivered(2, 0, 5 * MS, 50, 1, 16 * MS).withDuplicates(1),
            Observation.delivered(1, 1, 10 * MS, 100, 2, 22 * MS),
            Observation.delivered(2, 2, 25 * MS, 50, 3, 40 * MS),
            Observation.delivered(2, 3, 35 * MS, 50, 4, 48 * MS),
            Observation.delivered(1, 4, 40 * MS, 100, 5, 52 * MS),
            Observation.delivered(1, 3, 30 * MS, 100, 6, 55 * MS),
            Observation.delivered(2, 1, 15 * MS, 50, 7, 60 * MS),
            Observation.delivered(1, 5, 50 * MS, 100, 8, 62 * MS).withDuplicates(1),
            Observation.lost(1, 2, 20 * MS, 100));

    @Test
    void summarisesAHandMadeTenMessageRun() {
        TransportSummary s = TransportSummary.of(RUN, 20 * MS);
        // Counts: 10 sent, 9 arrived, 1 lost, 2 extra copies.
        assertEquals(10, s.sent());
        assertEquals(9, s.delivered());
        assertEquals(1, s.lost());
        assertEquals(2, s.duplicates());
        assertEquals(0.9, s.deliveryRatio(), 1e-12);
        // 9/10 at 95%: [0.5958, 0.9821].
        assertEquals(0.5958, s.deliveryRatioCi95().low(), 0.00005);
        assertEquals(0.9821, s.deliveryRatioCi95().high(), 0.00005);
        // RTTs within 20 ms: 10,11,12,12,12,13,15 -> 7 of 10 sent; 25 and 45 are late.
        assertEquals(0.7, s.onTimeRatio(), 1e-12);
        // Sorted RTTs 10,11,12,12,12,13,15,25,45: rank 5 = 12, rank ceil(8.1) = 9 = 45, mean 155/9.
        assertEquals(9, s.rttMs().count());
        assertEquals(12.0, s.rttMs().p50(), 1e-9);
        assertEquals(45.0, s.rttMs().p90(), 1e-9);
        assertEquals(45.0, s.rttMs().p99(), 1e-9);
        assertEquals(45.0, s.rttMs().max(), 1e-9);
        assertEquals(155.0 / 9, s.rttMs().mean(), 1e-9);
    }

    @Test
    void reorderingIsMeasuredPerClientAndSummed() {
        TransportSummary s = TransportSummary.of(RUN, 20 * MS);
        // Client 1 arrives 0,1,4,3,5: only 3 reordered, earliest larger is 4 one place before: extent 1.
        // Client 2 arrives 0,2,3,1: only 1 reordered, earliest larger is 2 two places before: extent 2.
        // Taken together by global index the streams interleave, which must not count as reordering.
        assertEquals(2, s.reordered());
        assertEquals(2, s.reorderExtentMax());
    }

    @Test
    void jitterIsRfc3550PerClientInArrivalOrderThenAveraged() {
        TransportSummary s = TransportSummary.of(RUN, 20 * MS);
        // Client 1 transits in arrival order 10,12,12,25,12 -> |D| 2,0,13,13:
        //   J = 2/16 = 0.125; + (0 - 0.125)/16 = 0.1171875; + (13 - J)/16 = 0.92236328125;
        //   + (13 - J)/16 = 1.677215576171875 ms.
        // Client 2 transits 11,15,13,45 -> |D| 4,2,32:
        //   J = 0.25; 0.359375; 2.3369140625 ms.
        // Mean of the two: 2.0070648193359375 ms.
        assertEquals(2.0070648193359375, s.jitterMs(), 1e-9);
    }

    @Test
    void goodputCountsDeliveredPayloadFromFirstSendToLastArrival() {
        TransportSummary s = TransportSummary.of(RUN, 20 * MS);
        // 5 x 100 B + 4 x 50 B = 700 B = 5600 bit over 62 ms (send at 0, last arrival at 62).
        assertEquals(5600 / 0.062, s.goodputBps(), 1e-6);
    }

    @Test
    void anEmptyRunHasNoRatiosButDoesNotFail() {
        TransportSummary s = TransportSummary.of(List.of(), 20 * MS);
        // Nothing sent: counts are 0, ratios NaN, the interval is all of [0, 1].
        assertEquals(0, s.sent());
        assertTrue(Double.isNaN(s.deliveryRatio()) && Double.isNaN(s.onTimeRatio()) && Double.isNaN(s.jitterMs()));
        assertEquals(new WilsonInterval(0, 1), s.deliveryRatioCi95());
        assertEquals(0.0, s.goodputBps());
    }

    @Test
    void aRunThatLostEverythingHasZeroDeliveryAndNoRtt() {
        TransportSummary s = TransportSummary.of(List.of(Observation.lost(1, 0, 0, 64), Observation.lost(1, 1, 1, 64)), MS);
        // 0/2 delivered: ratio 0, the interval starts at exactly 0, the RTT sample is empty.
        assertEquals(0.0, s.deliveryRatio());
        assertEquals(0.0, s.deliveryRatioCi95().low());
        assertEquals(0, s.rttMs().count());
        assertEquals(0.0, s.onTimeRatio());
    }

    @Test
    void rejectsTheSameMessageObservedTwice() {
        List<Observation> twice = List.of(Observation.lost(1, 0, 0, 64), Observation.lost(1, 0, 0, 64));
        // Counting one message twice would inflate every ratio silently.
        assertThrows(IllegalArgumentException.class, () -> TransportSummary.of(twice, MS));
    }
}
