package dev.netlab.simulator.relay.tcp;

import java.util.concurrent.atomic.LongAdder;

/** What a {@link TcpRelay} did in one direction, in bytes. */
public final class ByteCounts {
    final LongAdder received = new LongAdder();
    final LongAdder forwarded = new LongAdder();

    /** Bytes read from the sending side. */
    public long bytesReceived() {
        return received.sum();
    }

    /** Bytes written to the receiving side. */
    public long bytesForwarded() {
        return forwarded.sum();
    }

    /** Bytes read but not yet written: in the emulated path or waiting for the receiver. */
    public long bytesQueued() {
        return Math.max(0, received.sum() - forwarded.sum());
    }
}
