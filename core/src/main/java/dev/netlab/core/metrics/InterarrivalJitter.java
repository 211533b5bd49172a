package dev.netlab.core.metrics;

/**
 * RFC 3550 interarrival jitter (§6.4.1, computed as in appendix A.8), in nanoseconds.
 *
 * <p>For consecutive arrivals {@code i-1} and {@code i}, with send times {@code S} and receive
 * times {@code R}: {@code D = (R_i − R_{i-1}) − (S_i − S_{i-1})}, the change in transit time,
 * and {@code J = J + (|D| − J) / 16}, starting from {@code J = 0}. The RFC keeps {@code J} in
 * integer timestamp units with a scaled-integer trick; here it is a double in nanoseconds, which
 * gives the same value without the rounding. Both clocks may have any offset: only differences
 * are used.
 */
public final class InterarrivalJitter {

    private InterarrivalJitter() {
    }

    /**
     * The jitter after the last arrival.
     *
     * @param sendNanos send times, in arrival order
     * @param receiveNanos receive times, in the same order
     * @return the jitter in nanoseconds; NaN for fewer than two arrivals, where it is not measured
     */
    public static double nanos(long[] sendNanos, long[] receiveNanos) {
        if (sendNanos.length != receiveNanos.length) {
            throw new IllegalArgumentException("need one receive time per send time: " + sendNanos.length
                    + " send, " + receiveNanos.length + " receive");
        }
        if (sendNanos.length < 2) {
            return Double.NaN;
        }
        double jitter = 0;
        for (int i = 1; i < sendNanos.length; i++) {
            double d = (double) (receiveNanos[i] - receiveNanos[i - 1]) - (double) (sendNanos[i] - sendNanos[i - 1]);
            jitter += (Math.abs(d) - jitter) / 16;
        }
        return jitter;
    }
}
