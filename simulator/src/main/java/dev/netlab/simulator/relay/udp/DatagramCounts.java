package dev.netlab.simulator.relay.udp;

import java.util.concurrent.atomic.LongAdder;

/** What a {@link UdpRelay} did in one direction, in datagrams. */
public final class DatagramCounts {
    final LongAdder received = new LongAdder();
    final LongAdder forwarded = new LongAdder();
    final LongAdder sendErrors = new LongAdder();
    final LongAdder queueOverflowDrops = new LongAdder();

    /** Datagrams read from the sender's side. */
    public long received() {
        return received.sum();
    }

    /** Datagrams written to the receiver's side (copies included). */
    public long forwarded() {
        return forwarded.sum();
    }

    /** Sends the operating system refused: a full send buffer, an empty request (ledger reason {@code send-error}). */
    public long sendErrors() {
        return sendErrors.sum();
    }

    /** Delayed datagrams dropped because the relay's cap on queued bytes was reached. */
    public long queueOverflowDrops() {
        return queueOverflowDrops.sum();
    }
}
