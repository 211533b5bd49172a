package dev.netlab.simulator.tcp;

import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.TcpCost;
import java.util.List;
import java.util.Objects;

/**
 * What one path's TCP did so far: a snapshot from {@link TcpPath#stats()}.
 *
 * @param segmentsSent segments sent for the first time
 * @param retransmissions segments sent again, for any reason
 * @param fastRetransmissions retransmissions on the third duplicate ACK
 * @param partialAckRetransmissions retransmissions on a NewReno partial ACK (in fast recovery or after a timeout)
 * @param timeoutRetransmissions retransmissions when the timer fired
 * @param timeouts how often the retransmission timer fired
 * @param lostTransmissions transmissions of which no good copy reached the receiver (dropped or corrupted)
 * @param duplicatesDiscarded copies the receiver discarded because it had the bytes already
 * @param bytesOffered bytes accepted from the source
 * @param bytesDelivered bytes handed in order to the destination
 * @param holWaitNanos per-segment waits behind a hole, summed over segments (segment-nanoseconds)
 * @param maxHolWaitNanos the longest wait of one segment behind a hole
 * @param stallNanos the head-of-line wait: time during which the receiver held data behind a hole
 * @param srttNanos the smoothed RTT, -1 before the first sample
 * @param rtoNanos the current retransmission timeout
 * @param cwndBytes the congestion window; {@link Long#MAX_VALUE}/4 without congestion control
 * @param ssthreshBytes the slow-start threshold; {@link Long#MAX_VALUE}/4 before the first loss
 * @param cwndTrace the congestion window over time, thinned to a bounded number of points; times in
 *        milliseconds on the path's clock
 * @param causes why segments were sent again and what became of lost transmissions
 * @param longestStallNanos the longest single head-of-line wait (one episode of data held behind a hole)
 * @param timeoutWaitNanos time lost to retransmission timeouts: the lengths of the timers that expired, summed
 */
public record TcpPathStats(long segmentsSent, long retransmissions, long fastRetransmissions,
        long partialAckRetransmissions, long timeoutRetransmissions, long timeouts, long lostTransmissions,
        long duplicatesDiscarded, long bytesOffered, long bytesDelivered, long holWaitNanos, long maxHolWaitNanos,
        long stallNanos, long srttNanos, long rtoNanos, long cwndBytes, long ssthreshBytes,
        List<CwndPoint> cwndTrace, TcpCost.Causes causes, long longestStallNanos, long timeoutWaitNanos) {

    /** Copies the trace so the snapshot stays as it was. */
    public TcpPathStats {
        cwndTrace = List.copyOf(cwndTrace);
        Objects.requireNonNull(causes, "causes");
    }
}
