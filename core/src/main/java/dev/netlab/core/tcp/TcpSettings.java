package dev.netlab.core.tcp;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.Objects;

/**
 * How one direction of an emulated TCP connection behaves: the one settings type from a
 * scenario's {@code tcp} section or the proxy's flags to the emulation. Immutable and validated
 * here; each message names the setting, the allowed range and the value, for example
 * {@code mss must be between 1B and 65495B: 0B}. Start from {@link #builder()} (every default),
 * read text with {@link TcpText}, change a copy with {@link #toBuilder()}.
 *
 * @param mssBytes largest segment payload; default 1448 (Ethernet MTU minus IP, TCP and timestamp
 *        headers), 1 to 65 495 (the largest TCP payload an IPv4 packet carries)
 * @param windowBytes the receiver's window: most bytes in flight; default 64 KiB, at least one MSS, at most 1 GiB
 * @param cc congestion control; default {@link CongestionControl#NEWRENO}
 * @param recovery loss recovery; default (and so far the only one) {@link RecoveryAlgorithm#NEWRENO}
 * @param initialWindowSegments the initial congestion window in segments (RFC 6928); default 10, 1 to 1000
 * @param initialRtoNanos the retransmission timeout before any RTT sample, also the first SYN
 *        timeout (RFC 6298); default 1 s or the minimum RTO if that is higher; between the minimum and maximum RTO
 * @param minRtoNanos the smallest RTO; default 200 ms as Linux (RFC 6298 says 1 s), 1 ns to 60 s
 * @param maxRtoNanos the largest RTO, where backoff stops doubling; default 60 s, at least the minimum, at most 1 h
 * @param ackDelayNanos how long an ACK takes from receiver to sender: the reverse direction's
 *        configured base delay. ACKs are not impaired (no loss, jitter or rate); default 0, at most 1 h
 * @param synRetries how many times a SYN or SYN-ACK is retransmitted before giving up; default 6 as Linux, 0 to 20
 * @param lineSegments true to cut one segment per {@code '\n'}-terminated line (a longer line in MSS pieces),
 *        never two lines in one, so the cut depends on the bytes and not on when they were read; set by
 *        measured runs, whose messages are lines. Default false: segments of what was read, up to an MSS.
 *        Not a scenario key.
 */
public record TcpSettings(long mssBytes, long windowBytes, CongestionControl cc, RecoveryAlgorithm recovery,
        int initialWindowSegments, long initialRtoNanos, long minRtoNanos, long maxRtoNanos, long ackDelayNanos,
        int synRetries, boolean lineSegments) {

    /** Default MSS: 1500 − 20 (IP) − 20 (TCP) − 12 (timestamps). */
    public static final int DEFAULT_MSS_BYTES = 1448;

    private static final long MAX_MSS_BYTES = 65_495;
    private static final long MAX_BYTES = 1 << 30;
    private static final long DEFAULT_SEND_BUFFER_BYTES = 128 * 1024;
    private static final long MAX_MIN_RTO_NANOS = Duration.ofSeconds(60).toNanos();
    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();

    /** Checks every value is in its range; the message names the setting, the range and the value. */
    public TcpSettings {
        Objects.requireNonNull(cc, "cc");
        Objects.requireNonNull(recovery, "recovery");
        requireBytes("mss", mssBytes, 1, MAX_MSS_BYTES);
        requireBytes("window", windowBytes, mssBytes, MAX_BYTES);
        requireRange("initialWindow", initialWindowSegments, 1, 1000, " segments");
        requireNanos("minRto", minRtoNanos, 1, MAX_MIN_RTO_NANOS);
        requireNanos("maxRto", maxRtoNanos, minRtoNanos, HOUR_NANOS);
        requireNanos("initialRto", initialRtoNanos, minRtoNanos, maxRtoNanos);
        requireNanos("ackDelay", ackDelayNanos, 0, HOUR_NANOS);
        requireRange("synRetries", synRetries, 0, 20, "");
    }

    /** Settings that cut segments as read (no {@code lineSegments}). */
    public TcpSettings(long mssBytes, long windowBytes, CongestionControl cc, RecoveryAlgorithm recovery,
            int initialWindowSegments, long initialRtoNanos, long minRtoNanos, long maxRtoNanos, long ackDelayNanos,
            int synRetries) {
        this(mssBytes, windowBytes, cc, recovery, initialWindowSegments, initialRtoNanos, minRtoNanos, maxRtoNanos,
                ackDelayNanos, synRetries, false);
    }

    /** Every default: MSS 1448 B, window 64 KiB, NewReno, IW 10, RTO 1 s/200 ms/60 s, no ACK delay, 6 SYN retries. */
    public static TcpSettings defaults() {
        return builder().build();
    }

    /** A builder holding every default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings. An initial RTO equal to its default, max(1 s, minimum RTO),
     * stays a default: changing the minimum RTO moves it too.
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.mssBytes = mssBytes;
        b.windowBytes = windowBytes;
        b.cc = cc;
        b.recovery = recovery;
        b.initialWindowSegments = initialWindowSegments;
        b.initialRtoNanos = initialRtoNanos == Builder.defaultInitialRtoNanos(minRtoNanos) ? null : initialRtoNanos;
        b.minRtoNanos = minRtoNanos;
        b.maxRtoNanos = maxRtoNanos;
        b.ackDelayNanos = ackDelayNanos;
        b.synRetries = synRetries;
        b.lineSegments = lineSegments;
        return b;
    }

    /**
     * Most bytes the sender holds (in flight plus not yet sent), what the path accepts from the
     * source: twice the window, at least 128 KiB, at most 1 GiB.
     */
    public long sendBufferBytes() {
        return Math.max(DEFAULT_SEND_BUFFER_BYTES, Math.min(MAX_BYTES, 2 * windowBytes));
    }

    private static void requireBytes(String name, long value, long min, long max) {
        requireRange(name, value, min, max, "B");
    }

    private static void requireRange(String name, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + unit + " and " + max + unit + ": "
                    + value + unit);
        }
    }

    private static void requireNanos(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + duration(min) + " and " + duration(max)
                    + ": " + duration(value));
        }
    }

    private static String duration(long nanos) {
        return Durations.format(Duration.ofNanos(nanos));
    }

    /** Collects settings, each starting at its default; {@link #build()} validates them together. */
    public static final class Builder {

        private static final long DEFAULT_INITIAL_RTO_NANOS = Duration.ofSeconds(1).toNanos();

        private long mssBytes = DEFAULT_MSS_BYTES;
        private long windowBytes = 64 * 1024;
        private CongestionControl cc = CongestionControl.NEWRENO;
        private RecoveryAlgorithm recovery = RecoveryAlgorithm.NEWRENO;
        private int initialWindowSegments = 10;
        private Long initialRtoNanos;
        private long minRtoNanos = Duration.ofMillis(200).toNanos();
        private long maxRtoNanos = Duration.ofSeconds(60).toNanos();
        private long ackDelayNanos;
        private int synRetries = 6;
        private boolean lineSegments;

        private Builder() {
        }

        /** Largest segment payload. */
        public Builder mssBytes(long value) {
            mssBytes = value;
            return this;
        }

        /** The receiver's window; the send buffer follows it (see {@link TcpSettings#sendBufferBytes()}). */
        public Builder windowBytes(long value) {
            windowBytes = value;
            return this;
        }

        /** Congestion control. */
        public Builder cc(CongestionControl value) {
            cc = Objects.requireNonNull(value, "cc");
            return this;
        }

        /** Loss recovery. */
        public Builder recovery(RecoveryAlgorithm value) {
            recovery = Objects.requireNonNull(value, "recovery");
            return this;
        }

        /** The first RTO and SYN timeout; without this call it is max(1 s, minimum RTO). */
        public Builder initialRtoNanos(long value) {
            initialRtoNanos = value;
            return this;
        }

        /** The smallest RTO. */
        public Builder minRtoNanos(long value) {
            minRtoNanos = value;
            return this;
        }

        /** The smallest RTO, from a duration. */
        public Builder minRto(Duration value) {
            return minRtoNanos(value.toNanos());
        }

        /** How long an ACK takes back to the sender. */
        public Builder ackDelayNanos(long value) {
            ackDelayNanos = value;
            return this;
        }

        /**
         * The ACK delay of a path whose ACKs travel the given reverse link: its configured base
         * delay, without jitter, loss or rate (ACKs are not impaired). A later
         * {@code ImpairmentEngine.setLink} on the reverse direction does not change it.
         */
        public Builder ackDelayOf(LinkConfig reverse) {
            return ackDelayNanos(reverse.delay().delay().toNanos());
        }

        /** How many times a SYN or SYN-ACK is sent again before the handshake gives up. */
        public Builder synRetries(int value) {
            synRetries = value;
            return this;
        }

        /** One segment per line (see {@link TcpSettings#lineSegments()}). */
        public Builder lineSegments(boolean value) {
            lineSegments = value;
            return this;
        }

        /**
         * The settings.
         *
         * @throws IllegalArgumentException naming the first setting out of its range, the range and the value
         */
        public TcpSettings build() {
            long initialRto = initialRtoNanos != null ? initialRtoNanos : defaultInitialRtoNanos(minRtoNanos);
            return new TcpSettings(mssBytes, windowBytes, cc, recovery, initialWindowSegments, initialRto, minRtoNanos,
                    maxRtoNanos, ackDelayNanos, synRetries, lineSegments);
        }

        /** RFC 6298's 1 s, raised to the minimum RTO if that is higher: no timeout is ever below the minimum. */
        static long defaultInitialRtoNanos(long minRtoNanos) {
            return Math.max(DEFAULT_INITIAL_RTO_NANOS, minRtoNanos);
        }
    }
}
