package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.result.TimingError;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.net.SelectorLoop;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
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
    private final SelectorLoop loop;
    private final PacketPath path;
    private final ReleaseScheduler scheduler;
    private final Map<SocketAddress, UdpMapping> mappings = new ConcurrentHashMap<>();
    private final UdpRelayCounters counters = new UdpRelayCounters();
    private final KernelDropCount kernelDrops = new KernelDropCount();
    private final RelayDrops drops;
    private final MappingOpener opener;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM_BYTES);
    /** Made once: a method reference written in the loop would allocate on every poll. */
    private final Consumer<SelectionKey> drainer = this::drain;
    private final PumpGuard guard;
    private long nextSweepNanos;
    private long lastActivityNanos;

    private UdpRelay(UdpRelayOptions options, DatagramChannel front, SelectorLoop loop, RelayPaths paths,
            RelayLedger ledger) {
        this.options = options;
        this.front = front;
        this.loop = loop;
        this.drops = new RelayDrops(counters, ledger.sink(), ledger.epochNanos());
        this.scheduler = new ReleaseScheduler("netlab-udp-relay-timer-" + loop.address().getPort(),
                options.maxQueuedBytes());
        this.path = paths.create(scheduler, counters);
        this.opener = new MappingOpener(options, ledger.sockets(), loop, front, counters, drops, path);
        this.guard = new PumpGuard(loop, scheduler, counters, front);
        this.lastActivityNanos = System.nanoTime();
        this.nextSweepNanos = lastActivityNanos + sweepPeriodNanos();
    }

    /** Binds the front address and relays without impairment; the relay's own drops are only counted. */
    public static UdpRelay start(UdpRelayOptions options) throws IOException {
        return start(options, LedgerSink.NONE);
    }

    /**
     * Binds the front address and relays without impairment.
     *
     * @param ledger where the relay writes the datagrams it could not relay ({@link RelayDrop})
     */
    public static UdpRelay start(UdpRelayOptions options, LedgerSink ledger) throws IOException {
        return start(options, (scheduler, counters) -> new DirectPath(), RelayLedger.of(ledger, System.nanoTime()));
    }

    /** Binds the front address and relays every datagram through the engine, which sees time since this call. */
    public static UdpRelay start(UdpRelayOptions options, ImpairmentEngine engine, LedgerSink ledger) throws IOException {
        return start(options, engine, ledger, System.nanoTime());
    }

    /**
     * Binds the front address and relays every datagram through the impairment engine.
     *
     * @param engine decides each datagram's fate; flows are the relay's mappings, from 0; it sees
     *               time in nanoseconds since {@code epochNanos}
     * @param ledger the engine's ledger sink, where the relay also writes its own drops ({@link RelayDrop})
     * @param epochNanos the engine's time zero on {@code System.nanoTime()}, set by its owner (a proxy)
     * @throws PortInUseException if another program holds the front port
     */
    public static UdpRelay start(UdpRelayOptions options, ImpairmentEngine engine, LedgerSink ledger, long epochNanos)
            throws IOException {
        return start(options, (scheduler, counters) -> new ImpairedPath(engine, scheduler, counters, ledger, epochNanos,
                options.arrivalClock(), options.tap()), RelayLedger.of(ledger, epochNanos));
    }

    /**
     * Binds the front address and starts relaying.
     *
     * @param paths makes what happens to each datagram on its way
     * @param ledger where the relay's own drops go, and how it opens upstream sockets
     * @throws PortInUseException if another program holds the front port
     */
    static UdpRelay start(UdpRelayOptions options, RelayPaths paths, RelayLedger ledger) throws IOException {
        DatagramChannel front = DatagramChannel.open();
        SelectorLoop loop = SelectorLoop.open(front, options.listen(), SelectionKey.OP_READ, channel -> {
            MappingOpener.configure(channel, options.socketBufferBytes());
            channel.bind(options.listen());
        });
        UdpRelay relay = new UdpRelay(options, front, loop, paths, ledger);
        loop.start("netlab-udp-relay", () -> relay.guard.run(relay::turn));
        return relay;
    }

    /** Makes the packet path once the relay's scheduler and counters exist. */
    interface RelayPaths {
        PacketPath create(ReleaseScheduler scheduler, UdpRelayCounters counters);
    }

    /** The front address clients send to, with the real port when started on port 0. */
    public InetSocketAddress address() {
        return loop.address();
    }

    /** Completes with one line saying why when the relay stopped serving before it was closed; never otherwise. */
    public java.util.concurrent.CompletionStage<String> failure() {
        return loop.failure();
    }

    /** What the relay did so far. */
    public UdpRelayCounters counters() {
        return counters;
    }

    /** Client mappings open now. */
    public int openMappings() {
        return mappings.size();
    }

    /** The most client mappings open at once so far. */
    public int mostMappingsAtOnce() {
        return opener.mostAtOnce();
    }

    /** Bytes the engine delayed that wait for their release now. */
    long queuedBytes() {
        return scheduler.queuedBytes();
    }

    /** How late the release timer fired after each scheduled release: the host's timer noise. */
    public TimingError timerLateness() {
        return scheduler.lateness().summary();
    }

    /** Datagrams the engine delayed that wait for their release now. */
    public int queuedDatagrams() {
        return scheduler.queuedReleases();
    }

    /** One turn of the pump; {@link PumpGuard} runs it, and an error is counted and the pump goes on, unless it cannot. */
    private void turn() throws IOException {
        int ready = loop.selector().selectNow(drainer);
        long now = System.nanoTime();
        if (ready > 0) {
            lastActivityNanos = now;
        } else if (now - lastActivityNanos > SPIN_NANOS) {
            loop.selector().select(drainer, Math.max(1, (nextSweepNanos - now) / 1_000_000));
            lastActivityNanos = System.nanoTime();
        } else {
            Thread.onSpinWait();
        }
        if (now - nextSweepNanos >= 0) {
            evictIdle(now);
            nextSweepNanos = now + sweepPeriodNanos();
        }
    }

    private void drain(SelectionKey key) {
        UdpMapping mapping = (UdpMapping) key.attachment();
        try {
            for (int i = 0; i < BURST && key.isValid(); i++) {
                if (mapping == null ? !readFront() : !readUpstream(mapping)) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            // One datagram must never end the relay: count it, close the mapping it came through
            // (a client's next datagram opens a fresh one) and go on serving everyone else.
            guard.shedWhenOutOfMemory(e); // first: what follows may need memory
            counters.handlingErrors.increment();
            if (mapping != null && mappings.remove(mapping.client, mapping)) {
                SelectorLoop.closeQuietly(mapping.upstream);
                path.release(mapping.flow);
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
            return false; // e.g. an ICMP error reported on the front socket: the next read may work
        }
        if (client == null) {
            return false;
        }
        long arrivalNanos = System.nanoTime();
        buffer.flip();
        UdpMapping mapping = mappings.get(client);
        if (mapping == null && (mapping = opener.open(client, buffer.remaining(), mappings)) == null) {
            return true;
        }
        mapping.lastUsedNanos = arrivalNanos;
        counters.uplink().received.increment();
        path.handle(mapping.flow, true, mapping.uplinkIndex++, buffer, arrivalNanos, mapping.toServer);
        return true;
    }

    /** @return whether a datagram was read */
    private boolean readUpstream(UdpMapping mapping) {
        try {
            buffer.clear();
            if (mapping.upstream.receive(buffer) == null) {
                return false;
            }
        } catch (PortUnreachableException e) {
            // Nothing listens at the target (yet): an earlier request of this client was refused.
            drops.drop(RelayDrop.SERVER_UNREACHABLE, mapping.flow, true, RelayDrops.UNKNOWN, 0);
            return false;
        } catch (IOException e) {
            return false; // the mapping's socket failed; it is evicted when idle
        }
        long arrivalNanos = System.nanoTime();
        buffer.flip();
        mapping.lastUsedNanos = arrivalNanos;
        counters.downlink().received.increment();
        path.handle(mapping.flow, false, mapping.downlinkIndex++, buffer, arrivalNanos, mapping.toClient);
        return true;
    }

    private long sweepPeriodNanos() {
        return Math.max(10_000_000L, options.idleTimeout().toNanos() / 4);
    }

    private void evictIdle(long now) {
        kernelDrops.beforeClosing(mappings.values().stream()
                .filter(m -> now - m.lastUsedNanos >= options.idleTimeout().toNanos()).toList());
        for (UdpMapping mapping : mappings.values()) {
            if (now - mapping.lastUsedNanos >= options.idleTimeout().toNanos()) {
                counters.mappingsEvicted.increment(); // before removal, so a reader that sees it gone sees it counted
                mappings.remove(mapping.client, mapping);
                SelectorLoop.closeQuietly(mapping.upstream);
                path.release(mapping.flow); // the engine forgets the flow: a proxy's memory stays bounded
            }
        }
    }

    /**
     * Datagrams the kernel dropped from this relay's socket buffers before the relay could read
     * them (Linux; empty elsewhere, where it is unknown). Read it before {@link #close()}.
     */
    public java.util.OptionalLong kernelDrops() {
        return kernelDrops.total(front, mappings.values());
    }

    /** {@link #kernelDrops()} as read at most half a second ago: cheap enough for a live line. */
    public java.util.OptionalLong kernelDropsLately() {
        return kernelDrops.recent(front, mappings.values());
    }

    /** Closes every socket and stops both threads; datagrams still delayed are discarded. */
    @Override
    public void close() {
        loop.close(() -> {
            scheduler.close();
            mappings.values().forEach(m -> SelectorLoop.closeQuietly(m.upstream));
            mappings.clear();
        });
    }
}
