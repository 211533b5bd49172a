package dev.netlab.simulator.relay.udp;

import java.util.concurrent.atomic.LongAdder;

/**
 * What a relay did, counted as it happens. The impairment engine's ledger counts its own
 * decisions (drops, duplicates, ...); these count what only the relay sees: datagrams received
 * and sent, send failures, mappings, and its own limits.
 */
public final class UdpRelayCounters {

    /** Counters of one direction. */
    public static final class Direction {
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

        /** Sends the operating system refused. */
        public long sendErrors() {
            return sendErrors.sum();
        }

        /** Delayed datagrams dropped because the relay's cap on queued bytes was reached. */
        public long queueOverflowDrops() {
            return queueOverflowDrops.sum();
        }
    }

    final Direction uplink = new Direction();
    final Direction downlink = new Direction();
    final LongAdder frontErrors = new LongAdder();
    final LongAdder upstreamErrors = new LongAdder();
    final LongAdder serverUnreachable = new LongAdder();
    final LongAdder mappingLimitDrops = new LongAdder();
    final LongAdder mappingsOpened = new LongAdder();
    final LongAdder mappingsEvicted = new LongAdder();

    /** Client to server. */
    public Direction uplink() {
        return uplink;
    }

    /** Server to client. */
    public Direction downlink() {
        return downlink;
    }

    /** Client mappings opened so far. */
    public long mappingsOpened() {
        return mappingsOpened.sum();
    }

    /** Client mappings closed for being idle. */
    public long mappingsEvicted() {
        return mappingsEvicted.sum();
    }

    /** Datagrams dropped because the most clients at once were already mapped. */
    public long mappingLimitDrops() {
        return mappingLimitDrops.sum();
    }

    /** Replies lost because nothing listened at the target when they were sent. */
    public long serverUnreachable() {
        return serverUnreachable.sum();
    }

    /** Receive errors on the front or upstream sockets. */
    public long receiveErrors() {
        return frontErrors.sum() + upstreamErrors.sum();
    }
}
