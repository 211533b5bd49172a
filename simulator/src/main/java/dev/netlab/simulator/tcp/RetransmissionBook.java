package dev.netlab.simulator.tcp;

import dev.netlab.core.result.TcpCost;

/**
 * The books of one path's sender: why each retransmission happened and what became of each lost
 * transmission, so that the retransmissions can be explained cause by cause. A cause is decided
 * from what the emulation knows when the segment is sent again: whether a good copy of an earlier
 * transmission reaches the receiver (the engine decided each copy's fate when it was sent).
 */
final class RetransmissionBook {

    private long repairedDrops;
    private long repairedLostRetransmissions;
    private long spuriousFast;
    private long spuriousTimeouts;
    private long needlessLosses;

    /** Counts one retransmission of {@code segment}, before it is sent. */
    void retransmitting(Segment segment, RetransmitReason reason) {
        if (segment.reachesReceiver) {
            if (reason == RetransmitReason.TIMEOUT) {
                spuriousTimeouts++;
            } else {
                spuriousFast++;
            }
        } else if (segment.transmissions == 1) {
            repairedDrops++;
        } else {
            repairedLostRetransmissions++;
        }
    }

    /** Counts one transmission's outcome: lost or not; the segment's flag is updated. */
    void sent(Segment segment, boolean lost) {
        if (lost && segment.reachesReceiver) {
            needlessLosses++;
        }
        segment.reachesReceiver |= !lost;
    }

    /** The causes so far, with the wire's count of lost transmissions. */
    TcpCost.Causes causes(long lostTransmissions) {
        return new TcpCost.Causes(repairedDrops, repairedLostRetransmissions, spuriousFast, spuriousTimeouts,
                lostTransmissions, needlessLosses);
    }
}
