package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {

    @Test
    void nearestRankOfOneToTenInAnyOrder() {
        SampleSummary s = SampleSummary.of(7, 3, 10, 1, 5, 9, 2, 8, 6, 4);
        // Ranks ceil(0.5*10)=5, ceil(0.9*10)=9, ceil(0.99*10)=10 of the sorted values 1..10.
        assertEquals(new SampleSummary(10, 5, 9, 10, 10, 5.5), s);
    }

    @Test
    void ninetyNinthOfAHundredIsTheNinetyNinthValue() {
        double[] values = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();
        // rank = ceil(99 * 100 / 100) = 99 exactly; a floating-point slip would give 100.
        assertEquals(99.0, SampleSummary.nearestRank(values, 99));
        assertEquals(1.0, SampleSummary.nearestRank(values, 0));
    }

    @Test
    void emptySampleHasCountZeroAndNaNs() {
        SampleSummary s = SampleSummary.of();
        // A run that lost everything still gets a summary, visibly without numbers.
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.p50()) && Double.isNaN(s.mean()) && Double.isNaN(s.max()));
        assertTrue(Double.isNaN(SampleSummary.nearestRank(new double[0], 50)));
    }

    @Test
    void nanosScaleToMilliseconds() {
        SampleSummary ms = SampleSummary.ofNanos(2_000_000, 4_000_000).scaled(1e-6);
        // Median of two is the first by nearest rank (ceil(0.5*2) = 1); the mean is 3 ms.
        assertEquals(2.0, ms.p50(), 1e-12);
        assertEquals(3.0, ms.mean(), 1e-12);
        assertEquals(4.0, ms.max(), 1e-12);
    }

    @Test
    void rejectsAPercentileOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> SampleSummary.nearestRank(new double[] {1}, 101));
    }
}
