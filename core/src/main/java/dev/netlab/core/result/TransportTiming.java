package dev.netlab.core.result;

/**
 * What a transport's run says about its own clock and its end (docs/results.md, "Timing" and
 * "A run stopped early").
 *
 * @param sendingMs   how long the transport sent: the planned sending time, or, when the run was
 *                    stopped, from its start to the stop
 * @param inFlight    messages sent but neither answered nor given up on when the run ended early
 *                    (stopped, killed, or at TCP's wait cap): counted neither as delivered nor as
 *                    lost; 0 for a run that ended normally
 * @param relayLateMs how late the relay's timer fired its releases after their scheduled time
 * @param pacingMs    how late the clients sent their messages after the planned send time
 * @param waitCapReached whether the run stopped waiting for replies at its cap (TCP:
 *                    {@link RunWaits#tcp}) with messages unanswered: those were not delivered before
 *                    the run ended and count in {@code inFlight}, not as lost
 */
public record TransportTiming(double sendingMs, long inFlight, TimingError relayLateMs, TimingError pacingMs,
        boolean waitCapReached) {

    /**
     * Above this 99th percentile (milliseconds) of either timing error the run's round trips, jitter
     * and on-time ratio carry the host's noise, not only the link's: they are marked disturbed.
     */
    public static final double DISTURBED_P99_MS = 5.0;

    /** Nothing known: for results made without measuring (tests, old files). */
    public static final TransportTiming UNKNOWN = new TransportTiming(Double.NaN, 0, TimingError.NONE, TimingError.NONE);

    /** Timing of a run that did not reach its wait cap. */
    public TransportTiming(double sendingMs, long inFlight, TimingError relayLateMs, TimingError pacingMs) {
        this(sendingMs, inFlight, relayLateMs, pacingMs, false);
    }

    /** Rejects a negative in-flight count. */
    public TransportTiming {
        if (inFlight < 0) {
            throw new IllegalArgumentException("in flight must be 0 or more: " + inFlight);
        }
    }

    /** Whether either timing error's p99 is above {@link #DISTURBED_P99_MS}. */
    public boolean disturbed() {
        return relayLateMs.above(DISTURBED_P99_MS) || pacingMs.above(DISTURBED_P99_MS);
    }

    /** Why the timing figures are disturbed, in words; empty when they are not. */
    public String disturbedBecause() {
        StringBuilder b = new StringBuilder();
        if (relayLateMs.above(DISTURBED_P99_MS)) {
            b.append(String.format(java.util.Locale.ROOT, "the relay's timer fired 1%% of its deadlines %.1f ms late or more (p99)",
                    relayLateMs.p99Ms()));
        }
        if (pacingMs.above(DISTURBED_P99_MS)) {
            b.append(b.length() == 0 ? "" : " and ").append(String.format(java.util.Locale.ROOT,
                    "the clients sent 1%% of their messages %.1f ms after the planned time or later (p99)", pacingMs.p99Ms()));
        }
        return b.toString();
    }
}
