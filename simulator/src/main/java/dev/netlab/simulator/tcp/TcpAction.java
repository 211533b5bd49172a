package dev.netlab.simulator.tcp;

import java.util.Locale;

/** What the emulated TCP did, one ledger row each (see {@link TcpLedgerEntry}). */
public enum TcpAction {
    /** A segment's first transmission went to the engine. */
    SENT,
    /** A segment was sent again; the reason says why: {@code fast}, {@code partial-ack} or {@code timeout}. */
    RETRANSMITTED,
    /** A transmission (or one copy of it) did not reach the receiver: the engine's drop reason, or {@code corrupted}. */
    LOST,
    /** The retransmission timer fired; the wait is the RTO that expired. */
    TIMEOUT,
    /** A segment arrived ahead of a hole and waits in the reassembly buffer. */
    HELD,
    /** A copy of bytes the receiver already had arrived and was discarded. */
    DUPLICATE_DISCARDED,
    /** A segment's bytes were handed to the destination; the wait is its head-of-line wait. */
    DELIVERED,
    /** A SYN (uplink) or SYN-ACK (downlink) went to the engine. */
    HANDSHAKE_SENT,
    /** The handshake completed; the wait is the handshake time. */
    ESTABLISHED,
    /** The handshake gave up after the last retry. */
    HANDSHAKE_FAILED;

    /** The name written in a ledger, for example {@code duplicate-discarded}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
