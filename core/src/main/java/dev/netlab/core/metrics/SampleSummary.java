package dev.netlab.core.metrics;

import java.util.Arrays;

/**
 * The usual description of a sample, for example round-trip times.
 *
 * <p>Percentiles use the <em>nearest-rank</em> method: the p-th percentile of {@code n} sorted
 * values is the value at rank {@code ceil(p/100 · n)} (1-based, at least 1). It is always a value
 * that was observed, and easy to check by hand. An empty sample has {@code count} 0 and NaN
 * everywhere else, so a lost-everything run still has a summary.
 *
 * @param count number of values
 * @param p50 median (nearest rank)
 * @param p90 90th percentile (nearest rank)
 * @param p99 99th percentile (nearest rank)
 * @param max largest value
 * @param mean arithmetic mean
 */
public record SampleSummary(int count, double p50, double p90, double p99, double max, double mean) {

    /** Summarises values in any order; the array is not modified. */
    public static SampleSummary of(double... values) {
        if (values.length == 0) {
            return new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new SampleSummary(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
    }

    /** Summarises nanosecond values (exact up to 2^53 ns, about 104 days). */
    public static SampleSummary ofNanos(long... nanos) {
        return of(Arrays.stream(nanos).asDoubleStream().toArray());
    }

    /**
     * The nearest-rank percentile.
     *
     * @param values in any order; not modified
     * @param percent from 0 to 100; 0 gives the smallest value
     * @return the value, or NaN if there are none
     */
    public static double nearestRank(double[] values, double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be between 0 and 100: " + percent);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return rank(sorted, percent);
    }

    /** The same summary in another unit, for example {@code 1e-6} for nanoseconds to milliseconds. */
    public SampleSummary scaled(double factor) {
        return new SampleSummary(count, p50 * factor, p90 * factor, p99 * factor, max * factor, mean * factor);
    }

    private static double rank(double[] sorted, double percent) {
        // percent * n first: exact for whole percents, so 90% of 10 is rank 9, not 9.000000000000002.
        int rank = (int) Math.ceil(percent * sorted.length / 100);
        return sorted[Math.max(rank, 1) - 1];
    }
}
