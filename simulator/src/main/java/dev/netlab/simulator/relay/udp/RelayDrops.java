package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;

/**
 * Where the relay's own drops go: each to its counter and, as a {@code dropped} row with the
 * {@link RelayDrop} as reason, to the ledger. Thread-safe: the pump and the timer thread both drop.
 * A row's {@code flow} is -1 for a client that got no mapping, and its {@code index} -1 where the
 * relay cannot tell which datagram of the flow it was (a failed send from the timer, an ICMP error
 * reported later).
 */
final class RelayDrops {

    /** In a row: the client got no mapping, or the relay cannot tell which datagram of its flow it was. */
    static final int UNKNOWN = -1;

    private final UdpRelayCounters counters;
    private final LedgerSink ledger;
    private final long epochNanos;

    /**
     * @param epochNanos the ledger's time zero on the {@link System#nanoTime()} clock, the engine's own
     */
    RelayDrops(UdpRelayCounters counters, LedgerSink ledger, long epochNanos) {
        this.counters = counters;
        this.ledger = ledger;
        this.epochNanos = epochNanos;
    }

    /** Counts one datagram lost for {@code why} and writes its ledger row. */
    void drop(RelayDrop why, int flow, boolean uplink, long index, int sizeBytes) {
        switch (why) {
            case MAPPING_CAP -> counters.mappingLimitDrops.increment();
            case NO_SOCKET -> counters.noSocketDrops.increment();
            case SERVER_UNREACHABLE -> counters.serverUnreachable.increment();
            case SEND_ERROR -> (uplink ? counters.uplink() : counters.downlink()).sendErrors.increment();
        }
        ledger.record(new LedgerEntry(System.nanoTime() - epochNanos, flow, uplink ? Direction.UPLINK : Direction.DOWNLINK,
                index, 0, sizeBytes, Action.DROPPED, 0, why.label()));
    }
}
