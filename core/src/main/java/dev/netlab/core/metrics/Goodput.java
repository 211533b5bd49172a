package dev.netlab.core.metrics;

/**
 * Goodput: payload bytes delivered to the application per second of the transfer, in bits per
 * second. Headers, retransmissions and duplicates do not count; only what the application got.
 */
public final class Goodput {

    private Goodput() {
    }

    /**
     * @param payloadBytesDelivered application bytes delivered once each, 0 or more
     * @param firstSendNanos when the first message was sent
     * @param lastReceiveNanos when the last delivered message arrived
     * @return bits per second; 0 when nothing was delivered; NaN when something was delivered
     *     but the interval is not positive, since no rate can be stated
     */
    public static double bitsPerSecond(long payloadBytesDelivered, long firstSendNanos, long lastReceiveNanos) {
        if (payloadBytesDelivered < 0) {
            throw new IllegalArgumentException("payload bytes must be 0 or more: " + payloadBytesDelivered);
        }
        if (payloadBytesDelivered == 0) {
            return 0;
        }
        long elapsedNanos = lastReceiveNanos - firstSendNanos;
        if (elapsedNanos <= 0) {
            return Double.NaN;
        }
        return payloadBytesDelivered * 8.0 * 1e9 / elapsedNanos;
    }
}
