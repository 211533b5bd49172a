package dev.netlab.core.traffic;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The traffic of the applications in the lecture notes' table of what applications need from the
 * transport. Each gives defaults that a scenario may override.
 */
public enum Profile {
    /** Text messaging: short messages now and then; no loss wanted, a second is fine. */
    CHAT(80, Duration.ofMillis(500), 1, Optional.of(Duration.ofSeconds(1)), 0,
            "text messaging: 80 B every 500 ms, deadline 1 s"),
    /** Real-time audio: 160 B every 20 ms (G.711 at 64 kbit/s), useless after 150 ms. */
    VOIP(160, Duration.ofMillis(20), 1, Optional.of(Duration.ofMillis(150)), 0,
            "voice over IP: 160 B every 20 ms, deadline 150 ms"),
    /** Interactive game: 64 B state updates at 60 Hz, useless after 100 ms. */
    GAME(64, Duration.ofNanos(16_666_667), 1, Optional.of(Duration.ofMillis(100)), 0,
            "game state updates: 64 B at 60 Hz, deadline 100 ms"),
    /** Real-time video: 1200 B packets at 3 Mbit/s, useless after 300 ms. */
    VIDEO(1200, Duration.ofNanos(3_200_000), 1, Optional.of(Duration.ofMillis(300)), 0,
            "real-time video: 1200 B at 3 Mbit/s, deadline 300 ms"),
    /** File transfer: 1 MB in 1200 B pieces at 8 Mbit/s; no loss wanted, no deadline. */
    FILE(1200, Duration.ofNanos(1_200_000), 1, Optional.empty(), 1_000_000,
            "file transfer: 1 MB in 1200 B pieces offered at 8 Mbit/s, no deadline"),
    /** Web browsing: a burst of 10 requests of 400 B every second; a page should load within 2 s. */
    WEB(400, Duration.ofSeconds(1), 10, Optional.of(Duration.ofSeconds(2)), 0,
            "web browsing: bursts of 10 requests of 400 B every second, deadline 2 s"),
    /** A constant-bit-rate stream (the UDP side of a link-sharing experiment): 1000 B at 1 Mbit/s, no deadline. */
    CBR(1000, Duration.ofMillis(8), 1, Optional.empty(), 0,
            "constant bit rate: 1000 B packets at 1 Mbit/s (set rate: for another), no deadline"),
    /**
     * A bulk transfer (the TCP side of a link-sharing experiment): 1200 B pieces offered at 100 Mbit/s, far
     * above a lab link, so the transport's window, not the schedule, sets the pace; the sender stops at the
     * end of the duration and what it had not written by then is not sent ({@link #stopsAtEnd}).
     */
    BULK(1200, Duration.ofNanos(96_000), 1, Optional.empty(), 0,
            "bulk transfer: 1200 B pieces as fast as the transport takes them (offered at 100 Mbit/s) "
                    + "for the duration, no deadline");

    /** Every profile's name, for messages that list what is allowed: "chat, voip, ... or bulk". */
    public static final String ALLOWED = Arrays.stream(values()).map(Profile::label)
            .collect(Collectors.collectingAndThen(Collectors.toList(),
                    l -> String.join(", ", l.subList(0, l.size() - 1)) + " or " + l.get(l.size() - 1)));

    private final int sizeBytes;
    private final Duration interval;
    private final int burst;
    private final Optional<Duration> deadline;
    private final long fileBytes;
    private final String summary;

    Profile(int sizeBytes, Duration interval, int burst, Optional<Duration> deadline, long fileBytes, String summary) {
        this.sizeBytes = sizeBytes;
        this.interval = interval;
        this.burst = burst;
        this.deadline = deadline;
        this.fileBytes = fileBytes;
        this.summary = summary;
    }

    /** Default message size in bytes. */
    public int sizeBytes() {
        return sizeBytes;
    }

    /** Default time between messages (between bursts for {@link #WEB}). */
    public Duration interval() {
        return interval;
    }

    /** Messages sent back to back at each interval. */
    public int burst() {
        return burst;
    }

    /** Default deadline for a reply; empty when the application has none. */
    public Optional<Duration> deadline() {
        return deadline;
    }

    /** For {@link #FILE}: bytes to transfer; 0 for the others. */
    public long fileBytes() {
        return fileBytes;
    }

    /**
     * Whether the sender stops when the schedule's time is over even if it fell behind (a bulk transfer
     * is offered more than any link carries, so it always falls behind); the others send every message.
     */
    public boolean stopsAtEnd() {
        return this == BULK;
    }

    /** Whether the profile is described by its bit rate, so a changed size keeps the rate, not the interval. */
    public boolean keepsRate() {
        return this == VIDEO || this == FILE || this == CBR || this == BULK;
    }

    /** One line for help texts. */
    public String summary() {
        return summary;
    }

    /** The name in scenario files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a profile name; the message lists the allowed ones. */
    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "'; allowed: "
                + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", ")));
    }
}
