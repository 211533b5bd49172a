package dev.netlab.simulator.relay.udp;

import java.nio.ByteBuffer;

/** No impairment: every datagram is written on at once by the thread that read it, without copying. */
final class DirectPath implements PacketPath {

    @Override
    public void handle(int flow, boolean uplink, long index, ByteBuffer datagram, long arrivalNanos, Sender to) {
        to.send(datagram);
    }
}
