package dev.netlab.simulator.capture;

import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;

/**
 * What a UDP relay tells a capture: a flow opened or closed, a datagram arrived and what the engine
 * decided, a copy left. Called from the relay's threads; {@link #NONE} does nothing.
 */
public interface DatagramTap {

    /** The tap that does nothing: the relay's default. */
    DatagramTap NONE = new DatagramTap() {
    };

    /** A flow's addresses, before its first datagram. */
    default void opened(int flow, FlowEnds ends) {
    }

    /**
     * A datagram arrived at the relay.
     *
     * @param flow its flow
     * @param direction which way it travels
     * @param index its index in the flow and direction, from 0
     * @param nanoTime when it arrived, on {@code System.nanoTime()}
     * @param engineNanos the same moment on the engine's clock, which the fate's release times use
     * @param payload its bytes as they arrived
     * @param fate what the engine decided
     */
    default void arrived(int flow, Direction direction, long index, long nanoTime, long engineNanos, byte[] payload,
            Fate fate) {
    }

    /**
     * A copy of a datagram left the relay.
     *
     * @param flow its flow
     * @param direction which way it travels
     * @param index the datagram's index in the flow and direction
     * @param copy 0 for the first delivery, 1 for the second
     * @param copies how many copies were delivered
     * @param nanoTime when it was sent, on {@code System.nanoTime()}
     * @param delivery the copy: its bytes (corrupted ones as corrupted) and marks
     * @param delayNanos how long the relay held it
     */
    default void sent(int flow, Direction direction, long index, int copy, int copies, long nanoTime,
            Delivery delivery, long delayNanos) {
    }

    /** The flow closed; its addresses may be forgotten. */
    default void closed(int flow) {
    }
}
