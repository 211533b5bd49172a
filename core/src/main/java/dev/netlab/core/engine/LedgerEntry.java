package dev.netlab.core.engine;

import java.util.Objects;

/**
 * One decision of the engine.
 *
 * @param timeNanos the packet's arrival time, when the decision was made
 * @param flow the packet's flow
 * @param direction the packet's direction
 * @param index the packet's index within its flow and direction
 * @param copy 0 for the original, 1 for the duplicate
 * @param sizeBytes the packet's size
 * @param action what was done
 * @param delayNanos for {@link Action#FORWARDED}: release time minus arrival time; otherwise 0
 * @param reason a short word for drops ({@code loss}, {@code corrupt}, {@code queue-full}, {@code down}) and marks; may be empty
 */
public record LedgerEntry(long timeNanos, int flow, Direction direction, long index, int copy, int sizeBytes,
        Action action, long delayNanos, String reason) {

    /** Checks the enums and reason are given. */
    public LedgerEntry {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
