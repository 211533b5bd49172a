package dev.netlab.simulator.tcp;

import dev.netlab.core.tcp.RecoveryAlgorithm;
import java.util.Optional;

/**
 * Loss recovery of one path's sender: decides, for each ACK and timeout, whether the first
 * unacknowledged segment must be sent again, and tells the {@link CongestionWindow} what happened.
 * The path owns the segments, the timer and the counters; an implementation only keeps its own
 * state. Adding an algorithm (SACK, RACK) is one class behind this interface and one constant in
 * {@link RecoveryAlgorithm}, chosen in {@link #of}.
 */
interface LossRecovery {

    /** The recovery {@code settings.recovery()} names, driving {@code window}. */
    static LossRecovery of(RecoveryAlgorithm algorithm, CongestionWindow window) {
        return switch (algorithm) {
            case NEWRENO -> new NewRenoRecovery(window);
        };
    }

    /**
     * An ACK that acknowledges new data, up to {@code ackSeq}.
     *
     * @param ackedBytes how many bytes it newly acknowledges
     * @return why the first unacknowledged segment must be sent again, or empty
     */
    Optional<RetransmitReason> onNewAck(long ackSeq, long ackedBytes);

    /**
     * An ACK repeating the last cumulative ACK while data is outstanding.
     *
     * @param sndUna the first unacknowledged byte
     * @param sndNxt the next byte to be sent
     * @return why the first unacknowledged segment must be sent again, or empty
     */
    Optional<RetransmitReason> onDupAck(long sndUna, long sndNxt);

    /** The retransmission timer fired: the first unacknowledged segment is always sent again. */
    RetransmitReason onTimeout(long sndUna, long sndNxt);
}
