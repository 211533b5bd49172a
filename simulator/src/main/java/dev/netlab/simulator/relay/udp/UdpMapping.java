package dev.netlab.simulator.relay.udp;

import java.io.IOException;
import java.net.PortUnreachableException;
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
            UdpRelayCounters counters, RelayDrops drops) {
        this.flow = flow;
        this.client = client;
        this.upstream = upstream;
        this.toServer = new ToServer(flow, upstream, counters.uplink(), drops);
        this.toClient = new ToClient(flow, front, client, counters.downlink(), drops);
    }

    /**
     * Counts a datagram forwarded when the socket took it, else a send error (its send buffer was
     * full); {@code size} is taken before the write, which consumes the buffer.
     */
    private static void count(int flow, boolean uplink, DatagramCounts counts, RelayDrops drops, int written,
            int size) {
        if (written > 0 || size == 0) {
            counts.forwarded.increment();
        } else {
            drops.drop(RelayDrop.SEND_ERROR, flow, uplink, RelayDrops.UNKNOWN, size);
        }
    }

    /** Writes uplink datagrams on the mapping's connected upstream socket; allocates nothing per datagram. */
    private record ToServer(int flow, DatagramChannel upstream, DatagramCounts counts, RelayDrops drops)
            implements PacketPath.Sender {
        @Override
        public void send(ByteBuffer datagram) {
            int size = datagram.remaining();
            if (size == 0) {
                // A connected DatagramChannel sends nothing for 0 bytes, and connecting it again to send
                // one unconnected would discard datagrams already queued (the JDK flushes on connect).
                // So an empty request cannot be relayed: counted as a send error, never as forwarded.
                drops.drop(RelayDrop.SEND_ERROR, flow, true, RelayDrops.UNKNOWN, 0);
                return;
            }
            try {
                count(flow, true, counts, drops, upstream.write(datagram), size);
            } catch (PortUnreachableException e) {
                // An earlier datagram met a closed port; Linux then refuses this send too: it is lost.
                drops.drop(RelayDrop.SERVER_UNREACHABLE, flow, true, RelayDrops.UNKNOWN, size);
            } catch (IOException e) {
                drops.drop(RelayDrop.SEND_ERROR, flow, true, RelayDrops.UNKNOWN, size);
            }
        }
    }

    /** Writes downlink datagrams from the front socket to the client; allocates nothing per datagram. */
    private record ToClient(int flow, DatagramChannel front, SocketAddress client, DatagramCounts counts,
            RelayDrops drops) implements PacketPath.Sender {
        @Override
        public void send(ByteBuffer datagram) {
            int size = datagram.remaining();
            try {
                // A direct empty buffer: an empty heap buffer sends nothing at all.
                count(flow, false, counts, drops, front.send(size > 0 ? datagram : EMPTY.duplicate(), client), size);
            } catch (IOException e) {
                drops.drop(RelayDrop.SEND_ERROR, flow, false, RelayDrops.UNKNOWN, size);
            }
        }
    }
}
