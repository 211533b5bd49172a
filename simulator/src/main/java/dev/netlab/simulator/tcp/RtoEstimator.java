package dev.netlab.simulator.tcp;

/**
 * The retransmission timeout of RFC 6298: smoothed RTT and RTT variance from samples, RTO =
 * SRTT + max(G, 4·RTTVAR) clamped to [min, max], doubled on each timeout (backoff) until the next
 * sample. The caller applies Karn's rule: no samples from retransmitted segments. G, the clock
 * granularity, is taken as 1 ms. Linux computes a little differently (its minimum is added to the
 * variance term rather than clamping the sum); the RFC form is used because it is the one taught.
 */
final class RtoEstimator {

    private static final long GRANULARITY_NANOS = 1_000_000;

    private final long minRtoNanos;
    private final long maxRtoNanos;
    private long srttNanos = -1;
    private long rttvarNanos;
    private long rtoNanos;

    RtoEstimator(long initialRtoNanos, long minRtoNanos, long maxRtoNanos) {
        this.minRtoNanos = minRtoNanos;
        this.maxRtoNanos = maxRtoNanos;
        this.rtoNanos = initialRtoNanos;
    }

    /** Takes one RTT measurement (RFC 6298 2.2 and 2.3); ends any backoff. */
    void sample(long rttNanos) {
        if (srttNanos < 0) {
            srttNanos = rttNanos;
            rttvarNanos = rttNanos / 2;
        } else {
            // beta = 1/4, alpha = 1/8; RTTVAR uses the old SRTT, as the RFC orders it.
            rttvarNanos = (3 * rttvarNanos + Math.abs(srttNanos - rttNanos)) / 4;
            srttNanos = (7 * srttNanos + rttNanos) / 8;
        }
        long raw = srttNanos + Math.max(GRANULARITY_NANOS, 4 * rttvarNanos);
        rtoNanos = Math.min(maxRtoNanos, Math.max(minRtoNanos, raw));
    }

    /** Doubles the RTO after a timeout (RFC 6298 5.5), up to the maximum. */
    void backOff() {
        rtoNanos = Math.min(maxRtoNanos, rtoNanos * 2);
    }

    /** The current retransmission timeout. */
    long rtoNanos() {
        return rtoNanos;
    }

    /** The smoothed RTT, or -1 before the first sample. */
    long srttNanos() {
        return srttNanos;
    }
}
