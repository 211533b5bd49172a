package dev.netlab.simulator.capture;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;

/**
 * What the TCP emulation tells a capture, on the emulation's clock (nanoseconds since the time zero given
 * to {@link #opened}): the handshake's SYNs and SYN-ACKs, each data transmission and its fate, each good copy's
 * arrival, each cumulative ACK the receiver sends and its arrival at the sender. A direction is
 * the data's direction; its ACKs travel the other way. {@link #NONE} does nothing.
 */
public interface SegmentTap {

    /** The tap that does nothing: the emulation's default. */
    SegmentTap NONE = new SegmentTap() {
    };

    /**
     * A connection's addresses, before its handshake.
     *
     * @param epochNanos the {@code System.nanoTime()} of the emulation's time zero: every later
     *        time of this flow is nanoseconds since then
     */
    default void opened(int flow, FlowEnds ends, long epochNanos) {
    }

    /**
     * A SYN ({@link Direction#UPLINK}) or SYN-ACK ({@link Direction#DOWNLINK}) left its sender.
     *
     * @param nanoTime when it was sent
     * @param index its transmission index (0 for the first)
     * @param fate the engine's decision; delivered copies carry their arrival times
     */
    default void handshake(int flow, Direction direction, long nanoTime, long index, Fate fate) {
    }

    /**
     * A data transmission left its sender.
     *
     * @param seq the segment's first byte's offset in the stream, from 0
     * @param payload the segment's bytes
     * @param retransmission why it was sent again ({@code fast}, {@code partial-ack}, {@code timeout}),
     *        or empty for a first transmission
     * @param fate the engine's decision for it
     */
    default void transmitted(int flow, Direction direction, long nanoTime, long seq, byte[] payload,
            String retransmission, Fate fate) {
    }

    /**
     * The receiver handed a segment on in order: what the receiving program gets, and when.
     *
     * @param waitNanos how long it waited at the receiver for an earlier segment (head-of-line wait)
     */
    default void delivered(int flow, Direction direction, long nanoTime, long seq, byte[] payload, long waitNanos) {
    }

    /** The receiver of {@code direction}'s data sent a cumulative ACK for {@code ackSeq} bytes. */
    default void ackSent(int flow, Direction direction, long nanoTime, long ackSeq) {
    }

    /** That ACK reached the data's sender. */
    default void ackArrived(int flow, Direction direction, long nanoTime, long ackSeq) {
    }

    /** The connection closed; its state may be forgotten. */
    default void closed(int flow, long nanoTime) {
    }
}
