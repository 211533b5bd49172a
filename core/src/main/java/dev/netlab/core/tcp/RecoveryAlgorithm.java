package dev.netlab.core.tcp;

/**
 * How the emulated sender finds and repairs lost segments; the emulation builds one
 * {@code LossRecovery} per path from this choice. Not a scenario key while there is only one.
 * Adding SACK is one constant here and one class behind {@code dev.netlab.simulator.tcp.LossRecovery}.
 */
public enum RecoveryAlgorithm {
    /**
     * NewReno without SACK (RFC 5681, RFC 6582): fast retransmit on the third duplicate ACK,
     * one hole repaired per round trip on partial ACKs, the retransmission timer last. Default.
     */
    NEWRENO
}
