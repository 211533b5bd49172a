package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import dev.netlab.simulator.relay.tcp.ByteCounts;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats;
import dev.netlab.simulator.tcp.TcpPathStats;
import java.util.List;

/**
 * What a {@link TcpProxy} did in one direction: bytes, and the emulated TCP's work summed over
 * every connection the relay still lists (all zero on the direct path).
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

    static TcpTotals of(ByteCounts bytes, List<TcpConnectionStats> connections, Direction direction) {
        long[] sums = new long[10];
        for (TcpConnectionStats connection : connections) {
            TcpPathStats p = connection.path(direction);
            sums[0] += p.segmentsSent();
            sums[1] += p.retransmissions();
            sums[2] += p.fastRetransmissions();
            sums[3] += p.partialAckRetransmissions();
            sums[4] += p.timeoutRetransmissions();
            sums[5] += p.timeouts();
            sums[6] += p.lostTransmissions();
            sums[7] += p.duplicatesDiscarded();
            sums[8] += p.stallNanos();
            sums[9] = Math.max(sums[9], p.maxHolWaitNanos());
        }
        return new TcpTotals(bytes.bytesReceived(), bytes.bytesForwarded(), bytes.bytesQueued(), sums[0], sums[1],
                sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], sums[9]);
    }
}
