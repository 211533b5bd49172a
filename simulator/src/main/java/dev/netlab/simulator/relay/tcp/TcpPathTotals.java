package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.tcp.TcpPathStats;

/**
 * What the emulated TCP did in one direction, summed over connections (all zero on the fast path).
 *
 * @param segments               segments sent, retransmissions included
 * @param retransmissions        segments sent again
 * @param fast                   retransmissions after three duplicate ACKs
 * @param partialAck             retransmissions after a partial ACK in recovery
 * @param timeoutRetransmissions retransmissions after a retransmission timeout
 * @param timeouts               retransmission timeouts
 * @param lost                   transmissions the engine dropped
 * @param duplicatesDiscarded    segments the receiver already had
 * @param stallNanos             time with bytes waiting and none delivered, summed
 * @param maxHolWaitNanos        the longest a segment waited for an earlier one (head-of-line), the maximum
 */
public record TcpPathTotals(long segments, long retransmissions, long fast, long partialAck,
        long timeoutRetransmissions, long timeouts, long lost, long duplicatesDiscarded, long stallNanos,
        long maxHolWaitNanos) {

    /** No connection yet. */
    public static final TcpPathTotals ZERO = new TcpPathTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These totals and one more connection's direction. */
    public TcpPathTotals plus(TcpPathStats p) {
        return new TcpPathTotals(segments + p.segmentsSent(), retransmissions + p.retransmissions(),
                fast + p.fastRetransmissions(), partialAck + p.partialAckRetransmissions(),
                timeoutRetransmissions + p.timeoutRetransmissions(), timeouts + p.timeouts(),
                lost + p.lostTransmissions(), duplicatesDiscarded + p.duplicatesDiscarded(),
                stallNanos + p.stallNanos(), Math.max(maxHolWaitNanos, p.maxHolWaitNanos()));
    }
}
