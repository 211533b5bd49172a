package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.relay.tcp.TcpConnectionStats.State;
import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client's connection through a {@link TcpRelay}: the accepted client socket, the upstream
 * socket to the target and the two directions between them. Driven by the relay's loop thread,
 * always under this object's lock, so {@link #stats()} may be read from any thread. Once over,
 * it keeps only its final statistics: the sockets are closed and the buffers let go.
 */
final class TcpRelayLink {

    private final int flow;
    private final SocketChannel client;
    private final SocketChannel upstream;
    private final TcpRelayCounters counters;
    private final long handshakeNanos;
    private final long giveUpNanos;
    private SelectionKey clientKey;
    private SelectionKey upstreamKey;
    private TcpHalf uplink;
    private TcpHalf downlink;
    private State state = State.CONNECTING;
    private TcpConnectionStats finalStats;

    /**
     * @param upstream the unconnected socket to the target; null when the handshake failed
     * @param giveUpNanos when a failed handshake's client is reset, on the virtual clock; unused otherwise
     */
    private TcpRelayLink(int flow, SocketChannel client, SocketChannel upstream, TcpRelayCounters counters,
            long handshakeNanos, long giveUpNanos) {
        this.flow = flow;
        this.client = client;
        this.upstream = upstream;
        this.counters = counters;
        this.handshakeNanos = handshakeNanos;
        this.giveUpNanos = giveUpNanos;
    }

    /** Makes one direction from its source and destination sockets. */
    interface Halves {
        TcpHalf half(SocketChannel source, SocketChannel destination, boolean uplink);
    }

    /** A connection whose upstream socket is connecting; data flows once it is connected. */
    static TcpRelayLink connecting(int flow, SocketChannel client, SocketChannel upstream, TcpRelayCounters counters,
            long handshakeNanos, Halves halves) {
        TcpRelayLink link = new TcpRelayLink(flow, client, upstream, counters, handshakeNanos, Long.MAX_VALUE);
        link.uplink = halves.half(client, upstream, true);
        link.downlink = halves.half(upstream, client, false);
        return link;
    }

    /** A connection whose emulated handshake failed: the client is reset at {@code giveUpNanos}. */
    static TcpRelayLink handshakeFailed(int flow, SocketChannel client, TcpRelayCounters counters,
            long handshakeNanos, long giveUpNanos) {
        return new TcpRelayLink(flow, client, null, counters, handshakeNanos, giveUpNanos);
    }

    int flow() {
        return flow;
    }

    SocketChannel upstream() {
        return upstream;
    }

    void keys(SelectionKey clientKey, SelectionKey upstreamKey) {
        this.clientKey = clientKey;
        this.upstreamKey = upstreamKey;
    }

    synchronized boolean isOver() {
        return state.isFinal();
    }

    /** The upstream socket finished connecting (or failed to). */
    synchronized void onConnectable() {
        try {
            if (upstream.finishConnect()) {
                connected();
            }
        } catch (IOException | RuntimeException e) {
            connectFailed();
        } catch (Error e) {
            failed(); // out of memory, say: the relay's fault, not the target's
        }
    }

    /** The target could not be reached: the client is reset. */
    synchronized void connectFailed() {
        if (!state.isFinal()) {
            counters.connectFailures.increment();
            end(State.CONNECT_FAILED, true);
        }
    }

    /** The upstream socket is connected: both directions may flow. */
    synchronized void connected() throws IOException {
        upstream.setOption(StandardSocketOptions.TCP_NODELAY, true);
        state = State.OPEN;
        updateInterest();
    }

    /** One of the two sockets is ready. */
    synchronized void onReady(boolean clientSide, int readyOps, long nowNanos) {
        if (state != State.OPEN) {
            return;
        }
        TcpHalf reading = clientSide ? uplink : downlink;
        TcpHalf writing = clientSide ? downlink : uplink;
        try {
            if ((readyOps & SelectionKey.OP_WRITE) != 0) {
                writing.onWritable(nowNanos);
            }
            if ((readyOps & SelectionKey.OP_READ) != 0) {
                reading.onReadable(nowNanos);
            }
            afterActivity();
        } catch (IOException e) {
            reset(); // a reset from one side, or an error: the other side learns of it the same way
        } catch (RuntimeException | Error e) {
            failed(); // a fault in the relay (a bug, out of memory) ends this connection, never the relay's loop
        }
    }

    /** Runs due emulation events, or resets the client of a failed handshake when its time came. */
    synchronized void onTimer(long nowNanos) {
        if (state == State.CONNECTING && upstream == null) {
            if (nowNanos >= giveUpNanos) {
                counters.handshakeFailures.increment();
                end(State.HANDSHAKE_FAILED, true);
            }
            return;
        }
        if (state != State.OPEN) {
            return;
        }
        try {
            if (uplink.nextEventNanos() <= nowNanos) {
                uplink.onTimer(nowNanos);
            }
            if (downlink.nextEventNanos() <= nowNanos) {
                downlink.onTimer(nowNanos);
            }
            afterActivity();
        } catch (IOException e) {
            reset();
        } catch (RuntimeException | Error e) {
            failed();
        }
    }

    /** When {@link #onTimer} next has work, on the virtual clock; {@link Long#MAX_VALUE} for never. */
    synchronized long nextEventNanos() {
        if (state == State.CONNECTING && upstream == null) {
            return giveUpNanos;
        }
        if (state != State.OPEN) {
            return Long.MAX_VALUE;
        }
        return Math.min(uplink.nextEventNanos(), downlink.nextEventNanos());
    }

    private void afterActivity() throws IOException {
        if (uplink.isShut() && downlink.isShut()) {
            counters.closed.increment();
            end(State.CLOSED, false);
        } else {
            updateInterest();
        }
    }

    private void reset() {
        counters.resets.increment();
        end(State.RESET, true);
    }

    /** An unexpected error in the relay (for example a ledger that cannot be written): both sides are reset. */
    synchronized void failed() {
        if (!state.isFinal()) {
            counters.relayErrors.increment();
            end(State.RESET, true);
        }
    }

    /** The relay is closing: both sides are reset if the connection is still open. */
    synchronized void abort() {
        if (!state.isFinal()) {
            end(State.ABORTED, true);
        }
    }

    private void updateInterest() {
        if (state != State.OPEN) {
            return;
        }
        int clientOps = (uplink.wantsRead() ? SelectionKey.OP_READ : 0)
                | (downlink.wantsWrite() ? SelectionKey.OP_WRITE : 0);
        int upstreamOps = (downlink.wantsRead() ? SelectionKey.OP_READ : 0)
                | (uplink.wantsWrite() ? SelectionKey.OP_WRITE : 0);
        setOps(clientKey, clientOps);
        setOps(upstreamKey, upstreamOps);
    }

    private static void setOps(SelectionKey key, int ops) {
        if (key != null && key.isValid() && key.interestOps() != ops) {
            key.interestOps(ops);
        }
    }

    /** Keeps the final statistics, closes both sockets (with a reset when {@code abortive}) and lets go of the rest. */
    private void end(State how, boolean abortive) {
        finalStats = snapshot(how);
        state = how;
        close(client, abortive);
        if (upstream != null) {
            close(upstream, abortive);
        }
        uplink = null;
        downlink = null;
    }

    /** What the connection did so far; final once it is over. */
    synchronized TcpConnectionStats stats() {
        return finalStats != null ? finalStats : snapshot(state);
    }

    private TcpConnectionStats snapshot(State how) {
        TcpPathStats none = TcpConnectionStats.copied(0, 0);
        return new TcpConnectionStats(flow, how, handshakeNanos, uplink == null ? none : uplink.stats(),
                downlink == null ? none : downlink.stats());
    }

    /** Closes a socket; an abortive close (SO_LINGER 0) makes the peer see a reset rather than a clean end. */
    static void close(SocketChannel channel, boolean abortive) {
        try {
            if (abortive && channel.isOpen()) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
        } catch (IOException | RuntimeException e) {
            // closing anyway
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
