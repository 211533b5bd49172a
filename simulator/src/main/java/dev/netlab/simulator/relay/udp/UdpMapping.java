package dev.netlab.simulator.relay.udp;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * One client's NAT-like mapping in a {@link UdpRelay}: its address, its own upstream socket, and
 * the senders that write each direction's datagrams and count them. Used by the relay's pump; the
 * senders also run on its timer thread.
 */
final class UdpMapping {

    final int flow;
    final SocketAddress client;
    final DatagramChannel upstream;
    final PacketPath.Sender toServer;
    final PacketPath.Sender toClient;
    long uplinkIndex;
    long downlinkIndex;
    volatile long lastUsedNanos = System.nanoTime();

    /** An empty datagram's payload: direct, because only a direct empty buffer is sent as a datagram. */
    private static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0).asReadOnlyBuffer();

    UdpMapping(int flow, SocketAddress client, DatagramChannel upstream, DatagramChannel front,
            UdpRelayCounters counters) {
        this.flow = flow;
        this.client = client;
        this.upstream = upstream;
        this.toServer = new ToServer(upstream, counters.uplink());
        this.toClient = new ToClient(front, client, counters.downlink());
    }

    /** Counts a datagram forwarded when the socket took it, else a send error (its send buffer was full). */
    private static void count(DatagramCounts counts, int written, ByteBuffer datagram) {
        if (written > 0 || !datagram.hasRemaining()) {
            counts.forwarded.increment();
        } else {
            counts.sendErrors.increment();
        }
    }

    /** Writes uplink datagrams on the mapping's connected upstream socket; allocates nothing per datagram. */
    private record ToServer(DatagramChannel upstream, DatagramCounts counts) implements PacketPath.Sender {
        @Override
        public void send(ByteBuffer datagram) {
            if (!datagram.hasRemaining()) {
                // A connected DatagramChannel sends nothing for 0 bytes, and connecting it again to send
                // one unconnected would discard datagrams already queued (the JDK flushes on connect).
                // So an empty request cannot be relayed: counted as a send error, never as forwarded.
                counts.sendErrors.increment();
                return;
            }
            try {
                count(counts, upstream.write(datagram), datagram);
            } catch (IOException e) {
                counts.sendErrors.increment(); // e.g. nothing listens at the target yet
            }
        }
    }

    /** Writes downlink datagrams from the front socket to the client; allocates nothing per datagram. */
    private record ToClient(DatagramChannel front, SocketAddress client, DatagramCounts counts)
            implements PacketPath.Sender {
        @Override
        public void send(ByteBuffer datagram) {
            try {
                // A direct empty buffer: an empty heap buffer sends nothing at all.
                count(counts, front.send(datagram.hasRemaining() ? datagram : EMPTY.duplicate(), client), datagram);
            } catch (IOException e) {
                counts.sendErrors.increment();
            }
        }
    }
}
