package dev.netlab.simulator.net;

import dev.netlab.core.result.TimingError;

/**
 * Counts how late things ran (a timer's firing, a client's send) in 10 µs buckets up to 100 ms,
 * with the exact maximum kept aside, so a run of any length measures its timing error in fixed
 * memory. Percentiles are nearest rank over the buckets, so they are exact to 10 µs; lateness of
 * 100 ms or more falls in the last bucket and reads as the maximum. Safe to record from several
 * threads.
 */
public final class LatenessHistogram {

    private static final long BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 10_000;

    private final long[] counts = new long[BUCKETS + 1];
    private long count;
    private long maxNanos;

    /** Records one lateness; an early (negative) one counts as 0. */
    public synchronized void record(long lateNanos) {
        long late = Math.max(0, lateNanos);
        counts[(int) Math.min(BUCKETS, late / BUCKET_NANOS)]++;
        count++;
        maxNanos = Math.max(maxNanos, late);
    }

    /** The lateness so far: count, p50, p99 and max in milliseconds. */
    public synchronized TimingError summary() {
        if (count == 0) {
            return TimingError.NONE;
        }
        return new TimingError(count, rankMs(50), rankMs(99), maxNanos / 1e6);
    }

    /** The nearest-rank percentile: the upper edge of the bucket holding that rank, or the maximum. */
    private double rankMs(double percent) {
        long rank = Math.max(1, (long) Math.ceil(percent / 100 * count));
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return Math.min((b + 1) * BUCKET_NANOS, maxNanos) / 1e6;
            }
        }
        return maxNanos / 1e6;
    }
}
