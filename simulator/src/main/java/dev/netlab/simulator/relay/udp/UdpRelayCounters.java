package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.net.PerDirection;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a relay did, counted as it happens. The impairment engine's ledger counts its own
 * decisions (drops, duplicates, ...); these count what only the relay sees: datagrams received
 * and sent, send failures, mappings, and its own limits.
 */
public final class UdpRelayCounters extends PerDirection<DatagramCounts> {

    final LongAdder serverUnreachable = new LongAdder();
    final LongAdder mappingLimitDrops = new LongAdder();
    final LongAdder mappingsOpened = new LongAdder();
    final LongAdder mappingsEvicted = new LongAdder();
    final LongAdder handlingErrors = new LongAdder();

    UdpRelayCounters() {
        super(DatagramCounts::new);
    }

    /** Client mappings opened so far. */
    public long mappingsOpened() {
        return mappingsOpened.sum();
    }

    /** Client mappings closed for being idle. */
    long mappingsEvicted() {
        return mappingsEvicted.sum();
    }

    /** Datagrams dropped because the most clients at once were already mapped. */
    public long mappingLimitDrops() {
        return mappingLimitDrops.sum();
    }

    /**
     * Datagrams whose handling failed with an unexpected error (for example out of memory): each is
     * lost, its mapping closed, and the relay goes on serving everyone else.
     */
    public long handlingErrors() {
        return handlingErrors.sum();
    }

    /** Replies lost because nothing listened at the target when they were sent. */
    public long serverUnreachable() {
        return serverUnreachable.sum();
    }
}
