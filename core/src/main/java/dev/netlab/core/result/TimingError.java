package dev.netlab.core.result;

/**
 * How late something ran against its plan, over a run: a relay's timer firing releases after
 * their scheduled time, or a client sending after its planned send time (docs/results.md,
 * "Timing"). Milliseconds; NaN when nothing was measured.
 *
 * @param count how many times were measured
 * @param p50Ms median lateness (nearest rank)
 * @param p99Ms 99th percentile of lateness (nearest rank)
 * @param maxMs the largest lateness
 */
public record TimingError(long count, double p50Ms, double p99Ms, double maxMs) {

    /** Nothing measured. */
    public static final TimingError NONE = new TimingError(0, Double.NaN, Double.NaN, Double.NaN);

    /** Rejects a negative count. */
    public TimingError {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more: " + count);
        }
    }

    /** Whether the 99th percentile is above {@code thresholdMs} (never, when nothing was measured). */
    public boolean above(double thresholdMs) {
        return count > 0 && p99Ms > thresholdMs;
    }
}
