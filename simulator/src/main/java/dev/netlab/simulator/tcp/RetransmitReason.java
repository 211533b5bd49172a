package dev.netlab.simulator.tcp;

import java.util.Locale;

/** Why the first unacknowledged segment is sent again. */
enum RetransmitReason {
    /** The third duplicate ACK (RFC 5681 fast retransmit). */
    FAST,
    /** An ACK that covers some but not all of the data sent before the loss (RFC 6582 partial ACK). */
    PARTIAL_ACK,
    /** The retransmission timer fired (RFC 6298). */
    TIMEOUT;

    /** The word written in the ledger: {@code fast}, {@code partial-ack}, {@code timeout}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
