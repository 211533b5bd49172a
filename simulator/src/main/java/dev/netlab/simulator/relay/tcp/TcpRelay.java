package dev.netlab.simulator.relay.tcp;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.simulator.capture.SegmentTap;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.net.SelectorLoop;
import dev.netlab.simulator.tcp.TcpLedgerSink;
import dev.netlab.core.tcp.TcpSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A TCP relay: clients connect to its front address, and for each one it connects to the target
 * and passes the bytes both ways. Both sides are real TCP sockets (TCP_NODELAY); the end of a
 * stream (half-close) and resets travel on, and closing the relay releases every socket and thread.
 *
 * <pre>
 *  client 0 ──► front ── link 0 ── upstream socket 0 ──► server
 *  client 1 ──►       ── link 1 ── upstream socket 1 ──►
 * </pre>
 *
 * <p>Connections are flows numbered from 0 in accept order. Without impairment the relay copies
 * bytes through direct buffers and emulates nothing (the fast path). With an engine it is honest
 * TCP (see {@link dev.netlab.simulator.tcp}): the bytes of each direction go through a
 * {@link dev.netlab.simulator.tcp.TcpPath}, which cuts segments, impairs them, retransmits and
 * delivers in order; before data flows the handshake runs through the engine, so a lost SYN
 * delays the first byte by 1 s, and a handshake that gives up resets the client. The relay
 * connects to the target at once, so the server may see a connection whose emulated SYN is still
 * "on its way", but no byte passes either way before the emulated handshake completes. A reset
 * travels on at once, not through the emulation.
 *
 * <p>Threads: one loop thread runs every socket in a selector and drives the emulation; with an
 * engine a timer thread ({@link TcpRelayTimer}) wakes it at the emulation's next event. The loop
 * polls for a short, bounded while after each burst (and before a timer due that soon) before it
 * sleeps, as the UDP relay does: waking costs more than the whole hop. Engine and ledger see time since the start.
 */
public final class TcpRelay implements AutoCloseable {

    /**
     * How long the loop keeps polling after the last activity (or before a timer due this soon) before
     * it sleeps in the selector: long enough to catch a loopback reply to what it just forwarded (tens
     * of µs) without a wake-up from sleep, which costs 100 µs and more on a busy virtual machine; short
     * enough not to hold a core that the client and server need on a small machine (UdpRelay polls
     * 200 µs; here that doubled the ping-pong's p99 on 2 loaded cores).
     */
    private static final long SPIN_NANOS = 50_000;
    private static final int BACKLOG = 1024;

    private final ServerSocketChannel front;
    private final SelectorLoop loop;
    private final Selector selector;
    private final TcpEmulation emulation;
    private final TcpRelayTimer timer;
    private final long epochNanos;
    private final TcpRelayCounters counters = new TcpRelayCounters();
    private final TcpLinks links;
    private final TcpFrontDoor door;
    /** Made once: a method reference written in the loop would allocate on every poll. */
    private final Consumer<SelectionKey> onReadyAction = this::onReady;

    private TcpRelay(TcpRelayOptions options, ServerSocketChannel front, SelectorLoop loop, TcpEmulation emulation,
            long epochNanos) {
        this.epochNanos = epochNanos;
        this.front = front;
        this.loop = loop;
        this.selector = loop.selector();
        this.emulation = emulation;
        this.links = new TcpLinks(options, emulation, counters, selector, epochNanos);
        int port = loop.address().getPort();
        this.timer = emulation == null ? null : new TcpRelayTimer("netlab-tcp-relay-timer-" + port, selector);
        if (timer != null) {
            timer.failure().thenAccept(loop::fail); // without its timer the emulation would wait forever
        }
        this.door = new TcpFrontDoor(front, front.keyFor(selector), options.sockets(), counters);
    }

    /**
     * Listens on the front address and copies bytes without impairment.
     *
     * @throws PortInUseException if another program holds the front port
     */
    public static TcpRelay start(TcpRelayOptions options) throws IOException {
        return start(options, null, System.nanoTime());
    }

    /**
     * Listens on the front address and relays every connection through the TCP emulation.
     *
     * @param engine decides the fate of every SYN, SYN-ACK and segment; it sees time in nanoseconds
     *        since this call; it writes its decisions to its own ledger sink
     * @param settings MSS, window, RTO, congestion control; the ACK delay is taken per direction
     *        from the engine's reverse link
     * @param tcpLedger where each TCP event (sent, lost, retransmitted, timeout, ...) is written;
     *        thread-safe, as for the engine's sink
     * @throws PortInUseException if another program holds the front port
     */
    public static TcpRelay start(TcpRelayOptions options, ImpairmentEngine engine, TcpSettings settings,
            TcpLedgerSink tcpLedger) throws IOException {
        return start(options, engine, settings, tcpLedger, SegmentTap.NONE);
    }

    /**
     * The same, showing a tap (a capture) every connection's addresses, SYNs, segments and ACKs.
     *
     * @param tap sees every connection's addresses, SYNs, segments and ACKs, or {@link SegmentTap#NONE}
     * @throws PortInUseException if another program holds the front port
     */
    public static TcpRelay start(TcpRelayOptions options, ImpairmentEngine engine, TcpSettings settings,
            TcpLedgerSink tcpLedger, SegmentTap tap) throws IOException {
        return start(options, engine, settings, tcpLedger, tap, System.nanoTime());
    }

    /**
     * The same, the engine's and the relay's clock starting at {@code epochNanos} on {@code System.nanoTime()}
     * rather than at this call: the engine's owner (a proxy) set it, and a shared link needs to know it.
     *
     * @param epochNanos the relay's time zero, at or before this call
     * @throws PortInUseException if another program holds the front port
     */
    public static TcpRelay start(TcpRelayOptions options, ImpairmentEngine engine, TcpSettings settings,
            TcpLedgerSink tcpLedger, SegmentTap tap, long epochNanos) throws IOException {
        return start(options, new TcpEmulation(Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(tcpLedger, "tcpLedger"),
                Objects.requireNonNull(tap, "tap"), options.target()), epochNanos);
    }

    private static TcpRelay start(TcpRelayOptions options, TcpEmulation emulation, long epochNanos)
            throws IOException {
        ServerSocketChannel front = ServerSocketChannel.open();
        SelectorLoop loop = SelectorLoop.open(front, options.listen(), SelectionKey.OP_ACCEPT, channel -> {
            channel.bind(options.listen(), BACKLOG);
            channel.configureBlocking(false);
        });
        TcpRelay relay = new TcpRelay(options, front, loop, emulation, epochNanos);
        loop.start("netlab-tcp-relay", relay::loop);
        return relay;
    }

    /** The front address clients connect to, with the real port when started on port 0. */
    public InetSocketAddress address() {
        return loop.address();
    }

    /** Whether connections go through the TCP emulation (false: the fast path). */
    boolean emulated() {
        return emulation != null;
    }

    /** Bytes and connection outcomes so far. */
    public TcpRelayCounters counters() {
        return counters;
    }

    /**
     * Every connection in accept order, open ones and the most recent closed ones (see
     * {@link TcpRelayOptions#maxRetainedConnections()}); a closed connection's statistics are
     * final and stay readable after the relay is closed.
     */
    public List<TcpConnectionStats> connections() {
        return links.history().connections();
    }

    /** What every connection did so far, however many closed long ago. */
    public TcpRelayTotals totals() {
        return links.history().totals();
    }

    /**
     * Completes with one line saying why when the relay stopped serving before it was closed
     * (its listening socket or selector gone, its loop failing turn after turn, its timer dead);
     * every client was then reset. Never completes while the relay serves or after {@link #close()}.
     */
    public CompletionStage<String> failure() {
        return loop.failure();
    }

    /**
     * Runs turns until the relay closes. An error in a turn is counted and the loop goes on; it
     * stops only when it cannot go on (the selector or the listening socket gone, or
     * {@value SelectorLoop#MAX_ERRORS_IN_A_ROW} failed turns in a row), and then resets every
     * client at once rather than leave them hanging, and says why ({@link #failure()}).
     */
    private void loop() {
        long lastActivityNanos = System.nanoTime();
        while (!loop.closing()) {
            try {
                lastActivityNanos = turn(lastActivityNanos);
                loop.turnDone();
            } catch (ClosedSelectorException e) {
                loop.fail("the TCP relay's selector was closed under it");
                break;
            } catch (UncheckedIOException e) {
                loop.fail("the TCP relay's listening socket is gone: " + SelectorLoop.describe(e.getCause()));
                break;
            } catch (IOException e) {
                loop.fail("the TCP relay's selector failed: " + SelectorLoop.describe(e));
                break;
            } catch (Throwable t) {
                counters.loopErrors.increment();
                if (!loop.survives(t)) {
                    loop.fail("the TCP relay stopped after " + SelectorLoop.MAX_ERRORS_IN_A_ROW + " errors in a row: "
                            + SelectorLoop.describe(t));
                    break;
                }
            }
        }
        if (!loop.closing()) {
            links.abortAll();
            SelectorLoop.closeQuietly(front); // new clients are refused rather than left in the backlog
            SelectorLoop.closeQuietly(selector); // deregisters the sockets, so their deferred closes (resets) happen now
        }
    }

    private long turn(long lastActivityNanos) throws IOException {
        long next = links.runTimers();
        long now = System.nanoTime();
        long pausedMillis = door.resumeIfDue(now);
        if (links.timersRan()) {
            lastActivityNanos = now;
        }
        if (next != Long.MAX_VALUE && next - now <= 0) {
            selector.selectNow(onReadyAction);
        } else if (now - lastActivityNanos < SPIN_NANOS || next != Long.MAX_VALUE && next - now < SPIN_NANOS) {
            if (selector.selectNow(onReadyAction) > 0) {
                lastActivityNanos = System.nanoTime();
            } else {
                Thread.onSpinWait();
            }
        } else {
            if (next != Long.MAX_VALUE) {
                timer.wakeAt(next);
            }
            int ready = pausedMillis > 0 ? selector.select(onReadyAction, pausedMillis) : selector.select(onReadyAction);
            if (ready > 0) {
                lastActivityNanos = System.nanoTime();
            }
        }
        return lastActivityNanos;
    }

    private void onReady(SelectionKey key) {
        Object attachment = key.attachment();
        if (attachment == null) {
            links.accept(door);
            return;
        }
        TcpLinks.Endpoint endpoint = (TcpLinks.Endpoint) attachment;
        TcpRelayLink link = endpoint.link();
        if (!key.isValid()) {
            return;
        }
        int ops = key.readyOps();
        if ((ops & SelectionKey.OP_CONNECT) != 0) {
            link.onConnectable();
        } else {
            link.onReady(endpoint.client(), ops, System.nanoTime() - epochNanos);
        }
        links.afterReady(link);
    }

    /** Stops both threads and closes every socket; connections still open are reset on both sides. */
    @Override
    public void close() {
        loop.close(() -> {
            if (timer != null) {
                timer.close();
            }
            links.abortAll();
            door.close();
        });
    }

    /** How late the emulation's timer woke after each due event (none when not emulating): the host's timer noise. */
    public dev.netlab.core.result.TimingError timerLateness() {
        return timer == null ? dev.netlab.core.result.TimingError.NONE : timer.lateness().summary();
    }
}
