package dev.netlab.simulator.tcp;

import java.util.Optional;

/**
 * NewReno loss recovery without SACK (RFC 5681, RFC 6582), {@link dev.netlab.core.tcp.RecoveryAlgorithm#NEWRENO}:
 * fast retransmit on the third duplicate ACK, one hole per partial ACK, the timer last.
 *
 * <pre>
 *  OPEN ──3rd dup ACK──► FAST_RECOVERY ──ACK ≥ recover──► OPEN
 *   ▲  │                      │ partial ACK: resend the next hole
 *   │  └──────timeout─────────┴──────────► LOSS ──ACK ≥ recover──► OPEN
 *   │                                       │ partial ACK: resend the next hole
 * </pre>
 *
 * <p>{@code recover} is the highest sequence sent when recovery began. After a timeout only the
 * first hole is resent, then each further hole when a partial ACK reveals it (a segment sent
 * before the retransmission that just arrived, and still missing, was lost): one hole per round
 * trip, no go-back-N. Duplicate ACKs below {@code recover} after a timeout start nothing
 * (RFC 6582 section 3.2 step 1).
 */
final class NewRenoRecovery implements LossRecovery {

    private enum Phase { OPEN, FAST_RECOVERY, LOSS }

    private static final int DUP_ACK_THRESHOLD = 3;

    private final CongestionWindow cc;
    private Phase phase = Phase.OPEN;
    private long recoverSeq;
    private int dupAcks;

    NewRenoRecovery(CongestionWindow cc) {
        this.cc = cc;
    }

    @Override
    public Optional<RetransmitReason> onNewAck(long ackSeq, long ackedBytes) {
        dupAcks = 0;
        switch (phase) {
            case FAST_RECOVERY -> {
                if (ackSeq >= recoverSeq) {
                    cc.onRecoveryEnd();
                    phase = Phase.OPEN;
                    return Optional.empty();
                }
                cc.onPartialAck(ackedBytes);
                return Optional.of(RetransmitReason.PARTIAL_ACK);
            }
            case LOSS -> {
                cc.onNewAck(ackedBytes);
                if (ackSeq >= recoverSeq) {
                    phase = Phase.OPEN;
                    return Optional.empty();
                }
                return Optional.of(RetransmitReason.PARTIAL_ACK);
            }
            default -> {
                cc.onNewAck(ackedBytes);
                return Optional.empty();
            }
        }
    }

    @Override
    public Optional<RetransmitReason> onDupAck(long sndUna, long sndNxt) {
        dupAcks++;
        if (phase == Phase.FAST_RECOVERY) {
            cc.onRecoveryDupAck();
        } else if (phase == Phase.OPEN && dupAcks == DUP_ACK_THRESHOLD) {
            recoverSeq = sndNxt;
            cc.onFastRetransmit(sndNxt - sndUna);
            phase = Phase.FAST_RECOVERY;
            return Optional.of(RetransmitReason.FAST);
        }
        return Optional.empty();
    }

    @Override
    public RetransmitReason onTimeout(long sndUna, long sndNxt) {
        cc.onTimeout(sndNxt - sndUna);
        phase = Phase.LOSS;
        recoverSeq = sndNxt;
        dupAcks = 0;
        return RetransmitReason.TIMEOUT;
    }
}
