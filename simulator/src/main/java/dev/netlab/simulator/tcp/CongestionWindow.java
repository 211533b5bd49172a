package dev.netlab.simulator.tcp;

import dev.netlab.core.tcp.CongestionControl;

/**
 * The congestion window of NewReno (RFC 5681, RFC 6582), as arithmetic only: the path's
 * {@link LossRecovery} tells it what happened and the path asks how much may be in flight. With
 * {@link CongestionControl#NONE} every method leaves the window unlimited.
 *
 * <ul>
 *   <li>Slow start: each ACK of new data adds min(acked, MSS) while cwnd &lt; ssthresh.</li>
 *   <li>Congestion avoidance: each such ACK adds MSS·MSS/cwnd (about one MSS per RTT).</li>
 *   <li>Fast retransmit: ssthresh = max(flight/2, 2·MSS), cwnd = ssthresh + 3·MSS; each further
 *       duplicate ACK inflates cwnd by one MSS; a partial ACK deflates it by the bytes acked and
 *       adds back one MSS; the full ACK sets cwnd = ssthresh ("halving").</li>
 *   <li>Timeout: ssthresh = max(flight/2, 2·MSS), cwnd = one MSS, then slow start.</li>
 * </ul>
 *
 * <p>The window grows only while it is what limits the sender (RFC 7661's validation, as Linux's
 * {@code tcp_is_cwnd_limited} does it): in slow start while cwnd &lt; 2 × the flight an ACK finds, in
 * congestion avoidance while that flight fills cwnd to within one MSS. A sender held back by the
 * receiver's window or by its application would otherwise grow cwnd without end on ACKs of a flight
 * cwnd never limited: a chart showing 850 KiB beside a 256 KiB window, and a burst later sent at a
 * rate no ACK ever vouched for.
 */
final class CongestionWindow {

    /** An ssthresh no window reaches: "arbitrarily high" in RFC 5681. */
    static final long UNLIMITED = Long.MAX_VALUE / 4;

    private final boolean enabled;
    private final long mssBytes;
    private long cwndBytes;
    private long ssthreshBytes = UNLIMITED;
    private boolean limiting = true;

    CongestionWindow(CongestionControl cc, long mssBytes, int initialWindowSegments) {
        this.enabled = cc == CongestionControl.NEWRENO;
        this.mssBytes = mssBytes;
        this.cwndBytes = enabled ? (long) initialWindowSegments * mssBytes : UNLIMITED;
    }

    /** What was in flight when an ACK of new data came, before it: whether the window limited the sender. */
    void flightAtAck(long flightBytes) {
        limiting = cwndBytes < ssthreshBytes ? cwndBytes < 2 * flightBytes : flightBytes + mssBytes >= cwndBytes;
    }

    /** An ACK of new data outside fast recovery (RFC 5681 3.1); grows only a window that limited ({@link #flightAtAck}). */
    void onNewAck(long ackedBytes) {
        if (!enabled || !limiting) {
            return;
        }
        if (cwndBytes < ssthreshBytes) {
            cwndBytes += Math.min(ackedBytes, mssBytes);
        } else {
            cwndBytes += Math.max(1, mssBytes * mssBytes / cwndBytes);
        }
    }

    /** The third duplicate ACK: halve and inflate by the three segments that left (RFC 6582 3.2 step 2). */
    void onFastRetransmit(long flightBytes) {
        if (!enabled) {
            return;
        }
        ssthreshBytes = Math.max(flightBytes / 2, 2 * mssBytes);
        cwndBytes = ssthreshBytes + 3 * mssBytes;
    }

    /** A further duplicate ACK in fast recovery: one more segment has left the network. */
    void onRecoveryDupAck() {
        if (enabled) {
            cwndBytes += mssBytes;
        }
    }

    /** A partial ACK in fast recovery (RFC 6582 3.2 step 5): deflate by what was acked, add back one MSS. */
    void onPartialAck(long ackedBytes) {
        if (!enabled) {
            return;
        }
        cwndBytes = Math.max(mssBytes, cwndBytes - ackedBytes + (ackedBytes >= mssBytes ? mssBytes : 0));
    }

    /** The ACK that ends fast recovery (RFC 6582 3.2 step 6, option 2): the window is now half what it was. */
    void onRecoveryEnd() {
        if (enabled) {
            cwndBytes = ssthreshBytes;
        }
    }

    /** The retransmission timer fired (RFC 5681 3.1, equation 4 and the loss window). */
    void onTimeout(long flightBytes) {
        if (!enabled) {
            return;
        }
        ssthreshBytes = Math.max(flightBytes / 2, 2 * mssBytes);
        cwndBytes = mssBytes;
    }

    /** The congestion window in bytes; {@link #UNLIMITED} without congestion control. */
    long cwndBytes() {
        return cwndBytes;
    }

    /** The slow-start threshold in bytes; {@link #UNLIMITED} until the first loss. */
    long ssthreshBytes() {
        return ssthreshBytes;
    }
}
