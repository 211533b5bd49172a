package dev.netlab.core.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one message a client sent: when it left, whether and when its first copy
 * came back, and how many extra copies followed.
 *
 * @param client the sending client
 * @param seq the client's sequence number
 * @param sendNanos when it was sent
 * @param payloadBytes application bytes it carried, 0 or more
 * @param arrival its first arrival, or empty if it was lost
 * @param duplicates copies received after the first; 0 for a lost message
 */
public record Observation(int client, long seq, long sendNanos, int payloadBytes, Optional<Arrival> arrival,
        int duplicates) {

    /**
     * The first arrival of a message.
     *
     * @param index position in the receiver's arrival order (all clients together), 0 or more
     * @param receiveNanos when it arrived, on the same clock as the send time
     */
    public record Arrival(long index, long receiveNanos) {
        /** Rejects a negative index. */
        public Arrival {
            if (index < 0) {
                throw new IllegalArgumentException("arrival index must be 0 or more: " + index);
            }
        }
    }

    /** Checks the counts and that a lost message has no copies. */
    public Observation {
        Objects.requireNonNull(arrival, "arrival");
        if (payloadBytes < 0) {
            throw new IllegalArgumentException("payload must be 0 or more bytes: " + payloadBytes);
        }
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must be 0 or more: " + duplicates);
        }
        if (arrival.isEmpty() && duplicates > 0) {
            throw new IllegalArgumentException("a lost message cannot have " + duplicates + " duplicates");
        }
    }

    /** A message whose first copy arrived at {@code receiveNanos}, as arrival number {@code arrivalIndex}. */
    public static Observation delivered(int client, long seq, long sendNanos, int payloadBytes, long arrivalIndex,
            long receiveNanos) {
        return new Observation(client, seq, sendNanos, payloadBytes,
                Optional.of(new Arrival(arrivalIndex, receiveNanos)), 0);
    }

    /** A message that never arrived. */
    public static Observation lost(int client, long seq, long sendNanos, int payloadBytes) {
        return new Observation(client, seq, sendNanos, payloadBytes, Optional.empty(), 0);
    }

    /** The same observation with {@code count} extra copies received. */
    public Observation withDuplicates(int count) {
        return new Observation(client, seq, sendNanos, payloadBytes, arrival, count);
    }

    /** Whether the message arrived at least once. */
    public boolean isDelivered() {
        return arrival.isPresent();
    }

    /** Receive minus send time of the first copy: the round trip when the receiver is the echoing client. */
    public Optional<Long> latencyNanos() {
        return arrival.map(a -> a.receiveNanos() - sendNanos);
    }
}
