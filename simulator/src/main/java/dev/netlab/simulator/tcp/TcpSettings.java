package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.LinkConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * How one direction of an emulated TCP connection behaves. Immutable and validated here; start
 * from {@link #defaults()} and change with the {@code with...} methods.
 *
 * @param mssBytes largest segment payload; default 1448 (Ethernet MTU minus IP, TCP and timestamp headers), 1 to 65495
 * @param windowBytes the receiver's window: most bytes in flight; default 64 KiB, at least one MSS, at most 1 GiB
 * @param sendBufferBytes most bytes the sender holds (in flight plus not yet sent); what
 *        {@link TcpPath#offer} accepts up to; default 128 KiB, at least the window, at most 1 GiB
 * @param cc congestion control; default {@link CongestionControl#NEWRENO}
 * @param initialWindowSegments the initial congestion window in segments (RFC 6928); default 10, 1 to 1000
 * @param initialRtoNanos the retransmission timeout before any RTT sample, also the first SYN
 *        timeout (RFC 6298); default 1 s
 * @param minRtoNanos the smallest RTO; default 200 ms as Linux (RFC 6298 says 1 s)
 * @param maxRtoNanos the largest RTO, where backoff stops doubling; default 60 s
 * @param ackDelayNanos how long an ACK takes from receiver to sender: the reverse direction's
 *        configured base delay. ACKs are not impaired (no loss, jitter or rate); default 0, at most 1 h
 * @param synRetries how many times a SYN or SYN-ACK is retransmitted before giving up; default 6 as Linux
 */
public record TcpSettings(int mssBytes, int windowBytes, int sendBufferBytes, CongestionControl cc,
        int initialWindowSegments, long initialRtoNanos, long minRtoNanos, long maxRtoNanos, long ackDelayNanos,
        int synRetries) {

    /** Default MSS: 1500 − 20 (IP) − 20 (TCP) − 12 (timestamps). */
    public static final int DEFAULT_MSS_BYTES = 1448;

    private static final int MAX_BYTES = 1 << 30;
    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();

    /** Checks every value is in its range; the message names the setting, the range and the value. */
    public TcpSettings {
        Objects.requireNonNull(cc, "cc");
        requireRange("mss", mssBytes, 1, 65_495, "B");
        requireRange("window", windowBytes, mssBytes, MAX_BYTES, "B");
        requireRange("sendBuffer", sendBufferBytes, windowBytes, MAX_BYTES, "B");
        requireRange("initialWindow", initialWindowSegments, 1, 1000, " segments");
        requireRange("minRto", minRtoNanos, 1, HOUR_NANOS, "ns");
        requireRange("maxRto", maxRtoNanos, minRtoNanos, HOUR_NANOS, "ns");
        requireRange("initialRto", initialRtoNanos, minRtoNanos, maxRtoNanos, "ns");
        requireRange("ackDelay", ackDelayNanos, 0, HOUR_NANOS, "ns");
        requireRange("synRetries", synRetries, 0, 20, "");
    }

    private static void requireRange(String name, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + unit + " and " + max + unit + ": "
                    + value + unit);
        }
    }

    /** Every default: MSS 1448 B, window 64 KiB, send buffer 128 KiB, NewReno, IW 10, RTO 1 s / 200 ms / 60 s, no ACK delay. */
    public static TcpSettings defaults() {
        return new TcpSettings(DEFAULT_MSS_BYTES, 64 * 1024, 128 * 1024, CongestionControl.NEWRENO, 10,
                1_000_000_000L, 200_000_000L, 60_000_000_000L, 0, 6);
    }

    /** The same settings with another MSS. */
    public TcpSettings withMssBytes(int value) {
        return new TcpSettings(value, windowBytes, sendBufferBytes, cc, initialWindowSegments, initialRtoNanos,
                minRtoNanos, maxRtoNanos, ackDelayNanos, synRetries);
    }

    /** The same settings with another window; the send buffer grows to twice the window if it was smaller. */
    public TcpSettings withWindowBytes(int value) {
        int buffer = Math.max(sendBufferBytes, (int) Math.min(MAX_BYTES, 2L * value));
        return new TcpSettings(mssBytes, value, buffer, cc, initialWindowSegments, initialRtoNanos,
                minRtoNanos, maxRtoNanos, ackDelayNanos, synRetries);
    }

    /** The same settings with another send buffer. */
    public TcpSettings withSendBufferBytes(int value) {
        return new TcpSettings(mssBytes, windowBytes, value, cc, initialWindowSegments, initialRtoNanos,
                minRtoNanos, maxRtoNanos, ackDelayNanos, synRetries);
    }

    /** The same settings with another congestion control. */
    public TcpSettings withCc(CongestionControl value) {
        return new TcpSettings(mssBytes, windowBytes, sendBufferBytes, value, initialWindowSegments, initialRtoNanos,
                minRtoNanos, maxRtoNanos, ackDelayNanos, synRetries);
    }

    /** The same settings with another minimum RTO. */
    public TcpSettings withMinRtoNanos(long value) {
        return new TcpSettings(mssBytes, windowBytes, sendBufferBytes, cc, initialWindowSegments, initialRtoNanos,
                value, maxRtoNanos, ackDelayNanos, synRetries);
    }

    /**
     * The same settings with the ACK delay of a path whose ACKs travel the given reverse link: its
     * configured base delay, without jitter, loss or rate (ACKs are not impaired). A later
     * {@code ImpairmentEngine.setLink} on the reverse direction does not change it.
     */
    public TcpSettings withAckDelayOf(LinkConfig reverse) {
        return withAckDelayNanos(reverse.delay().delay().toNanos());
    }

    /** The same settings with another ACK delay (the reverse direction's base delay). */
    public TcpSettings withAckDelayNanos(long value) {
        return new TcpSettings(mssBytes, windowBytes, sendBufferBytes, cc, initialWindowSegments, initialRtoNanos,
                minRtoNanos, maxRtoNanos, value, synRetries);
    }
}
