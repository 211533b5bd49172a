package dev.netlab.core.traffic;

import dev.netlab.core.ServerMode;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the clients of a run send: the profile with every default resolved.
 *
 * @param profile     the application
 * @param clients     clients at once, 1 to 200
 * @param messages    messages each client sends
 * @param sizeBytes   size of each message, from the probe header (61 B) to 65 000 B
 * @param interval    time between messages, or between bursts when {@code burst > 1}
 * @param burst       messages sent back to back each interval, at least 1
 * @param deadline    a reply later than this is late; empty for none
 * @param server      what the server does: echo or upper
 */
public record Traffic(Profile profile, int clients, long messages, int sizeBytes, Duration interval, int burst,
        Optional<Duration> deadline, ServerMode server) {

    /** The most clients a run may have. */
    public static final int MAX_CLIENTS = 200;
    /** The largest message: it must fit one UDP datagram. */
    public static final int MAX_SIZE_BYTES = 65_000;
    /** The longest the clients may send, so every run ends (docs/reliability.md, "Durations"). */
    public static final Duration MAX_SENDING_TIME = Duration.ofHours(1);
    /** The longest deadline a profile may have: a round trip never waited for longer than a run sends. */
    public static final Duration MAX_DEADLINE = Duration.ofHours(1);

    public Traffic {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(server, "server");
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be between 1 and " + MAX_CLIENTS + ": " + clients);
        }
        if (messages < 1 || messages > 10_000_000) {
            throw new IllegalArgumentException("messages per client must be between 1 and 10000000: " + messages);
        }
        if (sizeBytes < ProbeCodec.HEADER_BYTES || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("size must be between " + ProbeCodec.HEADER_BYTES + "B (the probe header) and "
                    + MAX_SIZE_BYTES + "B: " + sizeBytes + "B");
        }
        if (interval.isNegative() || interval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("interval must be between 0ms and 1h: " + interval);
        }
        if (burst < 1 || burst > 10_000) {
            throw new IllegalArgumentException("burst must be between 1 and 10000 messages: " + burst);
        }
        deadline.ifPresent(d -> {
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_DEADLINE) > 0) {
                throw new IllegalArgumentException("deadline must be above 0ms and at most 1h: " + Durations.format(d));
            }
        });
        // In doubles: 10 million messages an hour apart overflow a long of nanoseconds.
        if ((double) ((messages - 1) / burst) * interval.toNanos() > MAX_SENDING_TIME.toNanos()) {
            throw new IllegalArgumentException("sending time (messages x interval) must be at most 1h: " + messages
                    + " messages, " + Durations.format(interval) + " apart");
        }
    }

    /** When message {@code seq} of a client is sent, from the start of the run. */
    public long sendOffsetNanos(long seq) {
        return (seq / burst) * interval.toNanos();
    }

    /** How long the clients send: from the first message to the last. */
    public Duration sendingTime() {
        return Duration.ofNanos(sendOffsetNanos(messages - 1));
    }

    /** The same traffic with another number of clients. */
    public Traffic withClients(int count) {
        return new Traffic(profile, count, messages, sizeBytes, interval, burst, deadline, server);
    }

    /**
     * The same traffic sent for {@code length}: as many messages as fit at one burst per interval, at
     * least one burst.
     *
     * @throws IllegalArgumentException when {@code length} is over {@link #MAX_SENDING_TIME}
     */
    public Traffic withDuration(Duration length) {
        if (length.compareTo(MAX_SENDING_TIME) > 0) {
            throw new IllegalArgumentException("must be at most 1h: " + Durations.format(length));
        }
        long bursts = interval.isZero() ? 1 : Math.max(1, length.toNanos() / interval.toNanos());
        return new Traffic(profile, clients, bursts * burst, sizeBytes, interval, burst, deadline, server);
    }

    /** Messages sent by all clients together. */
    public long totalMessages() {
        return messages * clients;
    }
}
