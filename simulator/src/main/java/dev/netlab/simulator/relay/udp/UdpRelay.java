package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.simulator.net.PortInUseException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
 * <p>Two threads, whatever the number of clients: a pump reads every socket and a timer thread
 * ({@link ReleaseScheduler}) sends what the engine delayed. The pump polls its sockets without
 * sleeping for a short while after each datagram and only then waits in a selector: a wake-up
 * from sleep costs more than the whole relay hop, so a busy relay never pays it. With no
 * impairment a datagram is forwarded by the pump from a reused direct buffer, without copying.
 */
public final class UdpRelay implements AutoCloseable {

    private static final int MAX_DATAGRAM_BYTES = 65_535;
    /** How long the pump keeps polling after the last datagram before it sleeps in the selector. */
    private static final long SPIN_NANOS = 200_000;
    /** Datagrams read from one socket in a row before the pump looks at the others. */
    private static final int BURST = 64;

    private final UdpRelayOptions options;
    private final DatagramChannel front;
    private final Selector selector;
    private final PacketPath path;
    private final ReleaseScheduler scheduler;
    private final Map<SocketAddress, Mapping> mappings = new ConcurrentHashMap<>();
    private final UdpRelayCounters counters = new UdpRelayCounters();
    private final Thread pump;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM_BYTES);
    /** Made once: a method reference written in the loop would allocate on every poll. */
    private final Consumer<SelectionKey> drainer = this::drain;
    private int nextFlow;
    private long nextSweepNanos;
    private volatile boolean closing;

    private UdpRelay(UdpRelayOptions options, DatagramChannel front, Selector selector, RelayPaths paths) {
        this.options = options;
        this.front = front;
        this.selector = selector;
        int port = port(front);
        this.scheduler = new ReleaseScheduler("netlab-udp-relay-timer-" + port, options.maxQueuedBytes());
        this.path = paths.create(scheduler, counters);
        this.pump = new Thread(this::pump, "netlab-udp-relay-" + port);
        this.pump.setDaemon(true);
    }

    /** Binds the front address and relays without impairment. */
    public static UdpRelay start(UdpRelayOptions options) throws IOException {
        return start(options, (scheduler, counters) -> new DirectPath());
    }

    /**
     * Binds the front address and relays every datagram through the impairment engine.
     *
     * @param engine decides each datagram's fate; flows are the relay's mappings, from 0; it sees
     *               time in nanoseconds since this call
     * @param ledger the engine's ledger sink, where the relay also writes what its own byte cap drops
     * @throws PortInUseException if another program holds the front port
     */
    public static UdpRelay start(UdpRelayOptions options, ImpairmentEngine engine, LedgerSink ledger) throws IOException {
        long epochNanos = System.nanoTime();
        return start(options, (scheduler, counters) -> new ImpairedPath(engine, scheduler, counters, ledger, epochNanos));
    }

    /**
     * Binds the front address and starts relaying.
     *
     * @param paths makes what happens to each datagram on its way
     * @throws PortInUseException if another program holds the front port
     */
    static UdpRelay start(UdpRelayOptions options, RelayPaths paths) throws IOException {
        DatagramChannel front = DatagramChannel.open();
        Selector selector = null;
        try {
            configure(front, options.socketBufferBytes());
            front.bind(options.listen());
            selector = Selector.open();
            front.register(selector, SelectionKey.OP_READ, null);
        } catch (BindException e) {
            front.close();
            throw new PortInUseException(options.listen(), e);
        } catch (IOException | RuntimeException e) {
            front.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
        UdpRelay relay = new UdpRelay(options, front, selector, paths);
        relay.pump.start();
        return relay;
    }

    /** Makes the packet path once the relay's scheduler and counters exist. */
    interface RelayPaths {
        PacketPath create(ReleaseScheduler scheduler, UdpRelayCounters counters);
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
    public UdpRelayCounters counters() {
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

    /** Datagrams the engine delayed that wait for their release now. */
    public int queuedDatagrams() {
        return scheduler.queuedReleases();
    }

    /** Whether the timer thread got 1 ns timer slack (Linux). */
    public boolean preciseTimer() {
        return scheduler.slackLowered();
    }

    private void pump() {
        long lastActivityNanos = System.nanoTime();
        nextSweepNanos = lastActivityNanos + sweepPeriodNanos();
        try {
            while (!closing) {
                int ready = selector.selectNow(drainer);
                long now = System.nanoTime();
                if (ready > 0) {
                    lastActivityNanos = now;
                } else if (now - lastActivityNanos > SPIN_NANOS) {
                    selector.select(drainer, Math.max(1, (nextSweepNanos - now) / 1_000_000));
                    lastActivityNanos = System.nanoTime();
                } else {
                    Thread.onSpinWait();
                }
                if (now - nextSweepNanos >= 0) {
                    evictIdle(now);
                    nextSweepNanos = now + sweepPeriodNanos();
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closing) {
                counters.frontErrors.increment();
            }
        }
    }

    private void drain(SelectionKey key) {
        Mapping mapping = (Mapping) key.attachment();
        for (int i = 0; i < BURST && key.isValid(); i++) {
            if (mapping == null ? !readFront() : !readUpstream(mapping)) {
                return;
            }
        }
    }

    /** @return whether a datagram was read */
    private boolean readFront() {
        SocketAddress client;
        try {
            buffer.clear();
            client = front.receive(buffer);
        } catch (IOException e) {
            counters.frontErrors.increment();
            return false;
        }
        if (client == null) {
            return false;
        }
        long arrivalNanos = System.nanoTime();
        buffer.flip();
        Mapping mapping = mappings.get(client);
        if (mapping == null && (mapping = open(client)) == null) {
            return true;
        }
        mapping.lastUsedNanos = arrivalNanos;
        counters.uplink.received.increment();
        path.handle(mapping.flow, true, mapping.uplinkIndex++, buffer, arrivalNanos, mapping.toServer);
        return true;
    }

    /** @return whether a datagram was read */
    private boolean readUpstream(Mapping mapping) {
        try {
            buffer.clear();
            if (mapping.upstream.receive(buffer) == null) {
                return false;
            }
        } catch (PortUnreachableException e) {
            counters.serverUnreachable.increment(); // nothing listens at the target (yet)
            return false;
        } catch (IOException e) {
            counters.upstreamErrors.increment();
            return false;
        }
        long arrivalNanos = System.nanoTime();
        buffer.flip();
        mapping.lastUsedNanos = arrivalNanos;
        counters.downlink.received.increment();
        path.handle(mapping.flow, false, mapping.downlinkIndex++, buffer, arrivalNanos, mapping.toClient);
        return true;
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
                Mapping mapping = new Mapping(nextFlow++, client, upstream);
                upstream.register(selector, SelectionKey.OP_READ, mapping);
                mappings.put(client, mapping);
                counters.mappingsOpened.increment();
                return mapping;
            } catch (IOException | RuntimeException e) {
                upstream.close();
                throw e;
            }
        } catch (IOException e) {
            counters.frontErrors.increment();
            return null;
        }
    }

    private long sweepPeriodNanos() {
        return Math.max(10_000_000L, options.idleTimeout().toNanos() / 4);
    }

    private void evictIdle(long now) {
        for (Mapping mapping : mappings.values()) {
            if (now - mapping.lastUsedNanos >= options.idleTimeout().toNanos()) {
                counters.mappingsEvicted.increment(); // before removal, so a reader that sees it gone sees it counted
                mappings.remove(mapping.client, mapping);
                closeQuietly(mapping.upstream);
            }
        }
    }

    /** Closes every socket and stops both threads; datagrams still delayed are discarded. */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler.close();
        closeQuietly(front);
        mappings.values().forEach(m -> closeQuietly(m.upstream));
        mappings.clear();
        closeQuietly(selector);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private static void configure(DatagramChannel channel, int bufferBytes) throws IOException {
        channel.configureBlocking(false);
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

    /** One client's NAT-like mapping: its address and its own upstream socket. Used by the pump only. */
    private final class Mapping {
        final int flow;
        final SocketAddress client;
        final DatagramChannel upstream;
        final PacketPath.Sender toServer;
        final PacketPath.Sender toClient;
        long uplinkIndex;
        long downlinkIndex;
        volatile long lastUsedNanos = System.nanoTime();

        Mapping(int flow, SocketAddress client, DatagramChannel upstream) {
            this.flow = flow;
            this.client = client;
            this.upstream = upstream;
            this.toServer = new ToServer(upstream);
            this.toClient = new ToClient(client);
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
                if (upstream.write(datagram) > 0 || !datagram.hasRemaining()) {
                    counters.uplink.forwarded.increment();
                } else {
                    counters.uplink.sendErrors.increment(); // the socket's send buffer is full
                }
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
                if (front.send(datagram, client) > 0 || !datagram.hasRemaining()) {
                    counters.downlink.forwarded.increment();
                } else {
                    counters.downlink.sendErrors.increment();
                }
            } catch (IOException e) {
                counters.downlink.sendErrors.increment();
            }
        }
    }
}
