package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.capture.FlowEnds;
import dev.netlab.simulator.net.SelectorLoop;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.Map;

/**
 * Gives a new client of a {@link UdpRelay} its mapping, or refuses it with a counted drop: when
 * {@link UdpRelayOptions#maxMappings()} clients are mapped already ({@link RelayDrop#MAPPING_CAP}),
 * or when its upstream socket cannot be opened, typically out of file descriptors
 * ({@link RelayDrop#NO_SOCKET}). A refused client's next datagram tries again, so it is served as
 * soon as an idle mapping is closed or a descriptor is free. Runs on the relay's pump only.
 */
final class MappingOpener {

    /** Opens the upstream sockets; tests inject one that fails as a system out of descriptors does. */
    interface Sockets {
        DatagramChannel open() throws IOException;
    }

    private final UdpRelayOptions options;
    private final Sockets sockets;
    private final SelectorLoop loop;
    private final DatagramChannel front;
    private final UdpRelayCounters counters;
    private final RelayDrops drops;
    private final PacketPath path;
    private int nextFlow;
    private volatile int mostAtOnce;

    /** @param path told of each new mapping's addresses (a capture wants them) */
    MappingOpener(UdpRelayOptions options, Sockets sockets, SelectorLoop loop, DatagramChannel front,
            UdpRelayCounters counters, RelayDrops drops, PacketPath path) {
        this.options = options;
        this.sockets = sockets;
        this.loop = loop;
        this.path = path;
        this.front = front;
        this.counters = counters;
        this.drops = drops;
    }

    /**
     * Opens {@code client}'s mapping and adds it to {@code mappings}.
     *
     * @param sizeBytes the size of the datagram that came, for the ledger row when it is refused
     * @return the mapping, or null when the client is refused (counted, with its ledger row)
     */
    UdpMapping open(SocketAddress client, int sizeBytes, Map<SocketAddress, UdpMapping> mappings) {
        if (mappings.size() >= options.maxMappings()) {
            drops.drop(RelayDrop.MAPPING_CAP, RelayDrops.UNKNOWN, true, RelayDrops.UNKNOWN, sizeBytes);
            return null;
        }
        DatagramChannel upstream;
        try {
            upstream = sockets.open();
        } catch (IOException e) {
            drops.drop(RelayDrop.NO_SOCKET, RelayDrops.UNKNOWN, true, RelayDrops.UNKNOWN, sizeBytes);
            return null;
        }
        try {
            configure(upstream, options.socketBufferBytes());
            upstream.connect(options.target());
            UdpMapping mapping = new UdpMapping(nextFlow++, client, upstream, front, counters, drops);
            upstream.register(loop.selector(), SelectionKey.OP_READ, mapping);
            path.opened(mapping.flow, new FlowEnds((InetSocketAddress) client, loop.address(),
                    (InetSocketAddress) upstream.getLocalAddress(), options.target()));
            mappings.put(client, mapping);
            counters.mappingsOpened.increment();
            mostAtOnce = Math.max(mostAtOnce, mappings.size());
            return mapping;
        } catch (IOException e) {
            SelectorLoop.closeQuietly(upstream);
            drops.drop(RelayDrop.NO_SOCKET, RelayDrops.UNKNOWN, true, RelayDrops.UNKNOWN, sizeBytes);
            return null;
        } catch (RuntimeException e) {
            SelectorLoop.closeQuietly(upstream);
            throw e; // the relay's pump counts it as a handling error
        }
    }

    /** The most clients mapped at once so far. */
    int mostAtOnce() {
        return mostAtOnce;
    }

    /** Makes a socket non-blocking with the relay's buffer sizes. */
    static void configure(DatagramChannel channel, int bufferBytes) throws IOException {
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, bufferBytes);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, bufferBytes);
    }
}
