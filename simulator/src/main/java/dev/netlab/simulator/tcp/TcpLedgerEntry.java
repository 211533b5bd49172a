package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Direction;
import java.util.Objects;

/**
 * One thing the emulated TCP did.
 *
 * @param timeNanos when, on the path's clock
 * @param flow the connection's flow
 * @param direction the direction of the path (the data's direction)
 * @param action what happened
 * @param seq the segment's first byte offset in the stream (0 for handshake rows)
 * @param sizeBytes the segment's payload size
 * @param index the engine transmission index, or -1 where no transmission is meant
 * @param waitNanos for {@link TcpAction#DELIVERED} the head-of-line wait, for {@link TcpAction#TIMEOUT}
 *        the RTO, for {@link TcpAction#ESTABLISHED} the handshake time; otherwise 0
 * @param reason a word without commas: retransmission or loss reason; may be empty
 */
public record TcpLedgerEntry(long timeNanos, int flow, Direction direction, TcpAction action, long seq,
        int sizeBytes, long index, long waitNanos, String reason) {

    /** Checks the enums and reason are given. */
    public TcpLedgerEntry {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
