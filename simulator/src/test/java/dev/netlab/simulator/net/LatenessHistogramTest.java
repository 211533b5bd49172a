package dev.netlab.simulator.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.result.TimingError;
import org.junit.jupiter.api.Test;

class LatenessHistogramTest {

    @Test
    void nothingRecordedSummarisesAsNothingMeasured() {
        assertEquals(TimingError.NONE, new LatenessHistogram().summary());
    }

    @Test
    void percentilesAreNearestRankToTheBucketsUpperEdge() {
        // 98 values of 5 µs, one of 2 ms, one of 150 ms: rank 50 is in the first 10 µs bucket, rank 99
        // (ceil(0.99 * 100)) is the 2 ms value's bucket [2.00, 2.01) ms, the maximum is exact.
        LatenessHistogram h = new LatenessHistogram();
        for (int i = 0; i < 98; i++) {
            h.record(5_000);
        }
        h.record(2_000_000);
        h.record(150_000_000);
        TimingError e = h.summary();
        assertEquals(100, e.count());
        assertEquals(0.01, e.p50Ms(), 1e-12);
        assertEquals(2.01, e.p99Ms(), 1e-12);
        assertEquals(150.0, e.maxMs(), 1e-12);
    }

    @Test
    void aPercentileNeverPassesTheMaximumAndEarlyCountsAsOnTime() {
        LatenessHistogram h = new LatenessHistogram();
        h.record(-3_000); // fired before its deadline: 0 late
        h.record(3_000);
        TimingError e = h.summary();
        assertEquals(0.003, e.p99Ms(), 1e-12, "the bucket's edge (0.01 ms) is capped at the largest value");
        assertEquals(0.003, e.maxMs(), 1e-12);
    }

    @Test
    void lateAboveTheLastBucketReadsAsTheMaximum() {
        LatenessHistogram h = new LatenessHistogram();
        h.record(500_000_000);
        assertEquals(500.0, h.summary().p50Ms(), 1e-12);
    }
}
