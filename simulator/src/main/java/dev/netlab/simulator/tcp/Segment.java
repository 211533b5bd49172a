package dev.netlab.simulator.tcp;

/**
 * One segment the sender has sent and not yet seen acknowledged. Its boundaries never change:
 * a retransmission resends the same bytes (real stacks may repacketise; the emulation does not).
 */
final class Segment {

    final long seq;
    final byte[] payload;
    final long firstSentNanos;
    int transmissions;
    /** Whether some transmission so far had a good copy that reaches the receiver. */
    boolean reachesReceiver;

    Segment(long seq, byte[] payload, long firstSentNanos) {
        this.seq = seq;
        this.payload = payload;
        this.firstSentNanos = firstSentNanos;
    }

    /** The sequence number just after this segment. */
    long end() {
        return seq + payload.length;
    }
}
