package dev.netlab.simulator.relay.tcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The connections a {@link TcpRelay}'s loop drives: how a client becomes a link (or is reset at the
 * cap), how links leave when they are over (their totals kept, their engine state released), and
 * how they are all reset when the relay stops. Used by the loop thread only.
 */
final class TcpLinks {

    /** Clients taken from the backlog in one turn before the loop serves the connections it has. */
    private static final int ACCEPT_BURST = 64;

    private final TcpRelayOptions options;
    private final TcpEmulation emulation;
    private final TcpRelayCounters counters;
    private final Selector selector;
    private final long epochNanos;
    private final List<TcpRelayLink> active = new ArrayList<>();
    private final TcpConnectionHistory history;
    private final TcpLoopBuffers buffers = new TcpLoopBuffers();
    private int nextFlow;
    private boolean timersRan;

    /** @param emulation null for the fast path */
    TcpLinks(TcpRelayOptions options, TcpEmulation emulation, TcpRelayCounters counters, Selector selector,
            long epochNanos) {
        this.options = options;
        this.emulation = emulation;
        this.counters = counters;
        this.selector = selector;
        this.epochNanos = epochNanos;
        this.history = new TcpConnectionHistory(options.maxRetainedConnections());
    }

    TcpConnectionHistory history() {
        return history;
    }

    /** Whether the last {@link #runTimers()} ran any link's events. */
    boolean timersRan() {
        return timersRan;
    }

    /** Runs every link's due events and drops the links that are over; returns the next event (nanoTime clock). */
    long runTimers() {
        if (emulation == null) {
            return Long.MAX_VALUE;
        }
        long now = System.nanoTime() - epochNanos;
        long next = Long.MAX_VALUE;
        timersRan = false;
        for (Iterator<TcpRelayLink> it = active.iterator(); it.hasNext(); ) {
            TcpRelayLink link = it.next();
            if (link.nextEventNanos() <= now) {
                link.onTimer(now);
                timersRan = true;
            }
            if (link.isOver()) {
                it.remove();
                retired(link);
            } else {
                next = Math.min(next, link.nextEventNanos());
            }
        }
        return next == Long.MAX_VALUE ? next : next + epochNanos;
    }

    /** A link's socket was handled: on the fast path an ended link leaves at once (no timer pass does it). */
    void afterReady(TcpRelayLink link) {
        if (emulation == null && link.isOver()) {
            active.remove(link);
            retired(link);
        }
    }

    /** A link left {@link #active}: its totals are kept and its engine state released. */
    private void retired(TcpRelayLink link) {
        history.over(link);
        if (emulation != null) {
            emulation.engine().release(link.flow()); // a closed connection's engine state goes with it
            emulation.tap().closed(link.flow(), System.nanoTime() - epochNanos);
        }
    }

    /**
     * Takes the clients waiting, a bounded number per turn; beyond the cap each is reset at once.
     *
     * @throws UncheckedIOException when the listening socket is gone: the loop cannot go on
     */
    void accept(TcpFrontDoor door) {
        for (int i = 0; i < ACCEPT_BURST; i++) {
            SocketChannel client;
            try {
                client = door.next();
            } catch (ClosedChannelException e) {
                throw new UncheckedIOException(e);
            }
            if (client == null) {
                return;
            }
            if (active.size() >= options.maxConnections()) {
                counters.refusedAtCap.increment();
                TcpRelayLink.close(client, true);
                continue;
            }
            counters.accepted.increment();
            open(client, nextFlow++);
        }
    }

    private void open(SocketChannel client, int flow) {
        TcpRelayLink link;
        SocketChannel upstream = null;
        try {
            client.configureBlocking(false);
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            upstream = options.sockets().openUpstream();
            link = emulation == null ? TcpEmulation.copying(flow, client, upstream, counters, buffers.copy())
                    : emulation.emulated(flow, client, upstream, counters, System.nanoTime() - epochNanos,
                            epochNanos, buffers.read());
        } catch (IOException | RuntimeException | Error e) {
            // before a link existed (out of descriptors, out of memory, ...): the client is reset and counted
            counters.relayErrors.increment();
            TcpRelayLink.close(client, true);
            if (upstream != null) {
                TcpRelayLink.close(upstream, false);
            }
            if (emulation != null) {
                emulation.engine().release(flow);
            }
            return;
        }
        history.opened(link);
        active.add(link);
        connect(link, client);
        afterReady(link);
    }

    private void connect(TcpRelayLink link, SocketChannel client) {
        SocketChannel upstream = link.upstream();
        if (upstream == null) {
            return; // a failed handshake: the client waits for its reset, unread
        }
        try {
            SelectionKey clientKey = client.register(selector, 0, new Endpoint(link, true));
            upstream.configureBlocking(false);
            SelectionKey upstreamKey = upstream.register(selector, SelectionKey.OP_CONNECT, new Endpoint(link, false));
            link.keys(clientKey, upstreamKey);
            if (upstream.connect(options.target())) {
                link.connected();
            }
        } catch (IOException | RuntimeException e) {
            link.connectFailed(); // refused at once, an unresolved target, ...: the client is reset
        } catch (Error e) {
            link.failed();
        }
    }

    /** Resets both sides of every connection still open; their final statistics join the totals. */
    void abortAll() {
        for (TcpRelayLink link : active) {
            link.abort();
            retired(link);
        }
        active.clear();
    }

    /** Which socket of which link a selection key stands for. */
    record Endpoint(TcpRelayLink link, boolean client) {
    }
}
