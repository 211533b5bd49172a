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
    final LongAdder noSocketDrops = new LongAdder();
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

    /**
     * Datagrams from new clients refused because {@link UdpRelayOptions#maxMappings()} clients were
     * mapped already (ledger reason {@code mapping-cap}).
     */
    public long mappingLimitDrops() {
        return mappingLimitDrops.sum();
    }

    /**
     * Datagrams from new clients whose upstream socket could not be opened, typically out of file
     * descriptors (ledger reason {@code no-socket}).
     */
    public long noSocketDrops() {
        return noSocketDrops.sum();
    }

    /**
     * Datagrams whose handling failed with an unexpected error (for example out of memory): each is
     * lost, its mapping closed, and the relay goes on serving everyone else.
     */
    public long handlingErrors() {
        return handlingErrors.sum();
    }

    /**
     * Requests lost because nothing listened at the target: the operating system reported the port
     * unreachable, on reading the mapping's socket or on sending (ledger reason {@code server-unreachable}).
     * The kernel may rate-limit its ICMP errors, so under a flood this can be a lower bound.
     */
    public long serverUnreachable() {
        return serverUnreachable.sum();
    }
}
