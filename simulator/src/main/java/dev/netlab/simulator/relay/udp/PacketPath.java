package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.capture.FlowEnds;
import java.nio.ByteBuffer;

/**
 * What happens to a datagram between the relay reading it and writing it on: nothing
 * ({@link DirectPath}) or the impairment engine's fate.
 */
interface PacketPath {

    /** Writes one datagram to where it is going. */
    interface Sender {
        void send(ByteBuffer datagram);
    }

    /**
     * Handles one datagram. The buffer is the reader's and reused: read it before returning.
     *
     * @param flow         the mapping's flow number
     * @param uplink       client to server when true
     * @param index        the datagram's index within its flow and direction, from 0
     * @param datagram     the payload, position to limit
     * @param arrivalNanos when the relay read it, on the {@link System#nanoTime()} clock
     */
    void handle(int flow, boolean uplink, long index, ByteBuffer datagram, long arrivalNanos, Sender to);

    /** A mapping opened for a new client: its flow and the addresses around it. */
    default void opened(int flow, FlowEnds ends) {
    }

    /** The flow's mapping is closed: free whatever the path keeps for it. */
    default void release(int flow) {
    }
}
