package dev.netlab.simulator.proxy;

import dev.netlab.simulator.relay.tcp.ByteCounts;
import dev.netlab.simulator.relay.tcp.TcpPathTotals;

/**
 * What a {@link TcpProxy} did in one direction: bytes, and the emulated TCP's work summed over
 * every connection, open and closed, however many (all zero on the direct path).
 *
 * @param bytesReceived          bytes read from the sending side
 * @param bytesForwarded         bytes written to the receiving side
 * @param bytesQueued            bytes read but not yet written
 * @param segments               segments sent, retransmissions included
 * @param retransmissions        segments sent again
 * @param fast                   retransmissions after three duplicate ACKs
 * @param partialAck             retransmissions after a partial ACK in recovery
 * @param timeoutRetransmissions retransmissions after a retransmission timeout
 * @param timeouts               retransmission timeouts
 * @param lost                   transmissions the engine dropped
 * @param duplicatesDiscarded    segments the receiver already had
 * @param stallNanos             time with bytes waiting and none delivered
 * @param maxHolWaitNanos        the longest a segment waited for an earlier one (head-of-line)
 */
public record TcpTotals(long bytesReceived, long bytesForwarded, long bytesQueued, long segments,
        long retransmissions, long fast, long partialAck, long timeoutRetransmissions, long timeouts, long lost,
        long duplicatesDiscarded, long stallNanos, long maxHolWaitNanos) {

    static TcpTotals of(ByteCounts bytes, TcpPathTotals p) {
        return new TcpTotals(bytes.bytesReceived(), bytes.bytesForwarded(), bytes.bytesQueued(), p.segments(),
                p.retransmissions(), p.fast(), p.partialAck(), p.timeoutRetransmissions(), p.timeouts(), p.lost(),
                p.duplicatesDiscarded(), p.stallNanos(), p.maxHolWaitNanos());
    }
}
