package dev.netlab.simulator.bench;

import java.util.Arrays;

/**
 * Summary of measured latencies in microseconds, nearest-rank percentiles.
 *
 * @param count      how many were measured
 * @param p50Micros  median
 * @param p99Micros  99th percentile
 * @param maxMicros  largest
 * @param meanMicros arithmetic mean
 */
public record LatencySample(int count, double p50Micros, double p99Micros, double maxMicros, double meanMicros) {

    /** Summarises latencies given in nanoseconds; the array is sorted in place. */
    public static LatencySample ofNanos(long[] nanos, int count) {
        if (count == 0) {
            return new LatencySample(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(nanos, 0, count);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return new LatencySample(count, rank(nanos, count, 0.50) / 1e3, rank(nanos, count, 0.99) / 1e3,
                nanos[count - 1] / 1e3, sum / count / 1e3);
    }

    private static long rank(long[] sorted, int count, double quantile) {
        int index = (int) Math.ceil(quantile * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))];
    }
}
