package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.simulator.relay.udp.DatagramCounts;

/**
 * What a {@link UdpProxy} did in one direction, in datagrams: the relay's counts and the engine's
 * decisions side by side.
 *
 * @param received      datagrams read from the sender's side
 * @param forwarded     datagrams written to the receiver's side, copies included
 * @param lossOrCorrupt dropped by the loss models (or as corrupt), not by rules
 * @param queueFull     dropped because the link's queue was full
 * @param linkDown      dropped while the link was down
 * @param relayCap      dropped because the relay's cap on delayed bytes was reached
 * @param duplicated    duplicated by the engine
 * @param reordered     held back to be reordered
 * @param corrupted     delivered with a damaged payload
 * @param sendErrors    sends the operating system refused
 * @param byRules       dropped by a {@code drop} rule
 */
public record UdpTotals(long received, long forwarded, long lossOrCorrupt, long queueFull, long linkDown,
        long relayCap, long duplicated, long reordered, long corrupted, long sendErrors, long byRules) {

    /** Totals without rules. */
    public UdpTotals(long received, long forwarded, long lossOrCorrupt, long queueFull, long linkDown, long relayCap,
            long duplicated, long reordered, long corrupted, long sendErrors) {
        this(received, forwarded, lossOrCorrupt, queueFull, linkDown, relayCap, duplicated, reordered, corrupted,
                sendErrors, 0);
    }

    /** Every datagram dropped, whatever the reason. */
    public long dropped() {
        return lossOrCorrupt + queueFull + linkDown + relayCap + byRules;
    }

    static UdpTotals of(DatagramCounts relay, LedgerCounters ledger, long ruleDrops, Direction d) {
        // The ledger counts a rule's drop as DROPPED too (with reason "rule N drop"): told apart here.
        return new UdpTotals(relay.received(), relay.forwarded(), ledger.count(d, Action.DROPPED) - ruleDrops,
                ledger.count(d, Action.QUEUE_DROP), ledger.count(d, Action.DOWN), relay.queueOverflowDrops(),
                ledger.count(d, Action.DUPLICATED), ledger.count(d, Action.REORDERED),
                ledger.count(d, Action.CORRUPTED), relay.sendErrors(), ruleDrops);
    }
}
