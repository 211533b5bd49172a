package dev.netlab.reports.results;

import dev.netlab.core.scenario.Transport;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One row of {@code messages.csv}: one message a client sent, and its reply if one came.
 *
 * @param transport    which transport carried it
 * @param client       0-based client number
 * @param seq          0-based sequence number within the client
 * @param sizeBytes    payload size
 * @param sentMs       send time, milliseconds since the transport's run started
 * @param receivedMs   arrival of the first copy of the reply; empty when lost
 * @param rttMs        round trip; empty when lost
 * @param duplicates   extra copies of the reply
 * @param arrivalIndex position among the client's replies in arrival order; empty when lost
 * @param timeliness   on time, late, or not known
 */
public record MessageRow(Transport transport, int client, long seq, int sizeBytes, double sentMs,
        OptionalDouble receivedMs, OptionalDouble rttMs, int duplicates, OptionalLong arrivalIndex,
        Timeliness timeliness) {

    /** Whether the reply came back. */
    public boolean delivered() {
        return rttMs.isPresent();
    }

    /** When the reply arrived: the received time, or send time plus round trip; NaN when lost. */
    public double arrivalMs() {
        if (receivedMs.isPresent()) {
            return receivedMs.getAsDouble();
        }
        return rttMs.isPresent() ? sentMs + rttMs.getAsDouble() : Double.NaN;
    }

    /** Whether a reply came after the profile's deadline, from the {@code late} column. */
    public enum Timeliness {
        /** Arrived within the deadline. */
        ON_TIME,
        /** Arrived after the deadline. */
        LATE,
        /** Lost, or the profile has no deadline. */
        UNKNOWN
    }
}
