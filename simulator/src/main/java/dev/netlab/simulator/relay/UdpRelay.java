package dev.netlab.simulator.relay;

import dev.netlab.simulator.server.PortInUseException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UDP relay: clients send to its front address and it forwards to a target server, through
 * the impairment engine.
 *
 * <pre>
 *  client A ─┐                ┌─ upstream socket A ─┐
 *  client B ─┼─► front socket ┼─ upstream socket B ─┼─► server
 *  client C ─┘   (one)        └─ upstream socket C ─┘   (sees A, B, C as distinct addresses)
 * </pre>
 *
 * <p>Each client address gets its own upstream socket (a NAT-like mapping), so the server sees
 * each client as a distinct address, as the lecture notes describe. A mapping unused for the
 * idle timeout is closed. Each direction of each mapping is one flow through the engine; flows
 * are numbered from 0 in the order clients first appear.
 *
 * <p>Threads: one reads the front socket, one per mapping reads its upstream socket, and one timer
 * thread ({@link ReleaseScheduler}) sends what the engine delayed and closes idle mappings. With
 * no impairment a datagram is forwarded by the thread that read it, from a reused direct buffer.
 */
public final class UdpRelay implements AutoCloseable {

    private static final int MAX_DATAGRAM_BYTES = 65_535;

    private final UdpRelayOptions options;
    private final DatagramChannel front;
    private final PacketPath path;
    private final ReleaseScheduler scheduler;
    private final Map<SocketAddress, Mapping> mappings = new ConcurrentHashMap<>();
    private final AtomicInteger nextFlow = new AtomicInteger();
    private final RelayCounters counters = new RelayCounters();
    private final Thread frontReader;
    private volatile boolean closing;

    private UdpRelay(UdpRelayOptions options, DatagramChannel front) {
        this.options = options;
        this.front = front;
        this.scheduler = new ReleaseScheduler("netlab-udp-relay-timer-" + port(front), options.maxQueuedBytes());
        this.path = new DirectPath();
        this.frontReader = new Thread(this::readFront, "netlab-udp-relay-front-" + port(front));
        this.frontReader.setDaemon(true);
    }

    /**
     * Binds the front address and starts relaying.
     *
     * @throws PortInUseException if another program holds the front port
     */
    public static UdpRelay start(UdpRelayOptions options) throws IOException {
        DatagramChannel front = DatagramChannel.open();
        try {
            configure(front, options.socketBufferBytes());
            front.bind(options.listen());
        } catch (BindException e) {
            front.close();
            throw new PortInUseException(options.listen(), e);
        } catch (IOException | RuntimeException e) {
            front.close();
            throw e;
        }
        UdpRelay relay = new UdpRelay(options, front);
        relay.frontReader.start();
        relay.scheduleIdleSweep();
        return relay;
    }

    /** The front address clients send to, with the real port when started on port 0. */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) front.getLocalAddress();
        } catch (IOException e) {
            return options.listen();
        }
    }

    /** The server datagrams are forwarded to. */
    public InetSocketAddress target() {
        return options.target();
    }

    /** What the relay did so far. */
    public RelayCounters counters() {
        return counters;
    }

    /** Client mappings open now. */
    public int openMappings() {
        return mappings.size();
    }

    /** Bytes the engine delayed that wait for their release now. */
    public long queuedBytes() {
        return scheduler.queuedBytes();
    }

    /** Whether the timer thread got 1 ns timer slack (Linux). */
    public boolean preciseTimer() {
        return scheduler.slackLowered();
    }

    private void readFront() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM_BYTES);
        while (!closing) {
            SocketAddress client;
            try {
                buffer.clear();
                client = front.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                counters.frontErrors.increment();
                continue;
            }
            long arrivalNanos = System.nanoTime();
            buffer.flip();
            Mapping mapping = mappings.get(client);
            if (mapping == null) {
                mapping = open(client);
                if (mapping == null) {
                    continue;
                }
            }
            mapping.lastUsedNanos = arrivalNanos;
            counters.uplink.received.increment();
            path.handle(mapping.flow, true, buffer, arrivalNanos, mapping.upstreamSender);
        }
    }

    private Mapping open(SocketAddress client) {
        if (mappings.size() >= options.maxMappings()) {
            counters.mappingLimitDrops.increment();
            return null;
        }
        try {
            DatagramChannel upstream = DatagramChannel.open();
            try {
                configure(upstream, options.socketBufferBytes());
                upstream.connect(options.target());
            } catch (IOException | RuntimeException e) {
                upstream.close();
                throw e;
            }
            Mapping mapping = new Mapping(nextFlow.getAndIncrement(), client, upstream);
            mappings.put(client, mapping);
            counters.mappingsOpened.increment();
            mapping.reader.start();
            return mapping;
        } catch (IOException e) {
            counters.frontErrors.increment();
            return null;
        }
    }

    private void readUpstream(Mapping mapping) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM_BYTES);
        while (!mapping.closed) {
            try {
                buffer.clear();
                mapping.upstream.receive(buffer);
            } catch (PortUnreachableException e) {
                counters.serverUnreachable.increment(); // nothing listens at the target (yet)
                continue;
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                counters.upstreamErrors.increment();
                continue;
            }
            long arrivalNanos = System.nanoTime();
            buffer.flip();
            mapping.lastUsedNanos = arrivalNanos;
            counters.downlink.received.increment();
            path.handle(mapping.flow, false, buffer, arrivalNanos, mapping.clientSender);
        }
    }

    private void scheduleIdleSweep() {
        long periodNanos = Math.max(10_000_000L, options.idleTimeout().toNanos() / 4);
        scheduler.schedule(System.nanoTime() + periodNanos, 0, () -> {
            long now = System.nanoTime();
            for (Mapping mapping : mappings.values()) {
                if (now - mapping.lastUsedNanos >= options.idleTimeout().toNanos()) {
                    mappings.remove(mapping.client, mapping);
                    mapping.close();
                    counters.mappingsEvicted.increment();
                }
            }
            if (!closing) {
                scheduleIdleSweep();
            }
        });
    }

    /** Closes every socket and stops every thread; datagrams still delayed are discarded. */
    @Override
    public void close() {
        closing = true;
        try {
            front.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        scheduler.close();
        mappings.values().forEach(Mapping::close);
        mappings.clear();
        try {
            frontReader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void configure(DatagramChannel channel, int bufferBytes) throws IOException {
        channel.setOption(StandardSocketOptions.SO_RCVBUF, bufferBytes);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, bufferBytes);
    }

    private static int port(DatagramChannel channel) {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** One client's NAT-like mapping: its address, its own upstream socket and reader thread. */
    private final class Mapping {
        final int flow;
        final SocketAddress client;
        final DatagramChannel upstream;
        final Thread reader;
        final PacketPath.Sender upstreamSender;
        final PacketPath.Sender clientSender;
        volatile long lastUsedNanos = System.nanoTime();
        volatile boolean closed;

        Mapping(int flow, SocketAddress client, DatagramChannel upstream) {
            this.flow = flow;
            this.client = client;
            this.upstream = upstream;
            this.reader = new Thread(() -> readUpstream(this), "netlab-udp-relay-flow-" + flow);
            this.reader.setDaemon(true);
            this.upstreamSender = new ToServer(upstream);
            this.clientSender = new ToClient(client);
        }

        void close() {
            closed = true;
            try {
                upstream.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes uplink datagrams on a mapping's connected upstream socket. */
    private final class ToServer implements PacketPath.Sender {
        private final DatagramChannel upstream;

        ToServer(DatagramChannel upstream) {
            this.upstream = upstream;
        }

        @Override
        public void send(ByteBuffer datagram) {
            try {
                upstream.write(datagram);
                counters.uplink.forwarded.increment();
            } catch (IOException e) {
                counters.uplink.sendErrors.increment(); // e.g. nothing listens at the target yet
            }
        }
    }

    /** Writes downlink datagrams from the front socket to one client. */
    private final class ToClient implements PacketPath.Sender {
        private final SocketAddress client;

        ToClient(SocketAddress client) {
            this.client = client;
        }

        @Override
        public void send(ByteBuffer datagram) {
            try {
                front.send(datagram, client);
                counters.downlink.forwarded.increment();
            } catch (IOException e) {
                counters.downlink.sendErrors.increment();
            }
        }
    }
}
