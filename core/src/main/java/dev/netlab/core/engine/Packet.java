package dev.netlab.core.engine;

import java.util.Objects;

/**
 * One packet as it enters the relay, stamped with the time it arrived.
 *
 * @param flow the flow (one client's conversation) it belongs to
 * @param direction which way it travels
 * @param index its position within its flow and direction, from 0
 * @param sizeBytes its size on the wire without link overhead; what the rate model serialises
 * @param arrivalNanos when it entered the relay, on the caller's clock (virtual in tests, {@code System.nanoTime()} in relays)
 * @param payload its bytes; never modified by the engine
 */
public record Packet(int flow, Direction direction, long index, int sizeBytes, long arrivalNanos, byte[] payload) {

    /** Checks the fields that cannot be meaningful otherwise. */
    public Packet {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(payload, "payload");
        if (index < 0) {
            throw new IllegalArgumentException("packet index must be 0 or more: " + index);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("packet size must be 0B or more: " + sizeBytes + "B");
        }
    }
}
