package dev.netlab.simulator.relay.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * How a {@link TcpRelay} listens and forwards.
 *
 * @param listen the front address clients connect to; port 0 picks a free port
 * @param target the server each client's connection is forwarded to, one upstream connection per client
 * @param maxRetainedConnections how many closed connections keep their statistics for
 *        {@link TcpRelay#connections()}; older ones are forgotten first (default 1000). Open
 *        connections are always listed, and the totals count every connection.
 * @param maxConnections the most connections relayed at once (default 1000, at most 100 000); one
 *        more is accepted and reset at once (SO_LINGER 0) and counted
 *        ({@link TcpRelayCounters#refusedAtCap()}). Each connection holds two file descriptors.
 * @param sockets how the relay accepts clients and opens upstream sockets: the real calls unless a
 *        test injects failures (out of file descriptors, out of memory)
 */
public record TcpRelayOptions(InetSocketAddress listen, InetSocketAddress target, int maxRetainedConnections,
        int maxConnections, Sockets sockets) {

    /** Closed connections whose statistics are kept by default. */
    public static final int DEFAULT_MAX_RETAINED_CONNECTIONS = 1000;
    /** Connections relayed at once by default. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;
    /** The largest cap on connections: two file descriptors each, far beyond a lab's needs. */
    public static final int MAX_MAX_CONNECTIONS = 100_000;

    /** The system calls through which the relay gets its sockets; tests replace them to inject failures. */
    public interface Sockets {
        /** Accepts the next client from the front socket, or null when none waits. */
        SocketChannel accept(ServerSocketChannel front) throws IOException;

        /** Opens an unconnected socket for a client's upstream connection. */
        SocketChannel openUpstream() throws IOException;
    }

    /** The real system calls. */
    public static final Sockets REAL_SOCKETS = new Sockets() {
        @Override
        public SocketChannel accept(ServerSocketChannel front) throws IOException {
            return front.accept();
        }

        @Override
        public SocketChannel openUpstream() throws IOException {
            return SocketChannel.open();
        }
    };

    /** Checks the addresses are given and every limit is in its range. */
    public TcpRelayOptions {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(sockets, "sockets");
        if (maxRetainedConnections < 1) {
            throw new IllegalArgumentException("retained connections must be at least 1: " + maxRetainedConnections);
        }
        if (maxConnections < 1 || maxConnections > MAX_MAX_CONNECTIONS) {
            throw new IllegalArgumentException("the most connections at once must be between 1 and "
                    + MAX_MAX_CONNECTIONS + ": " + maxConnections);
        }
    }

    /** Defaults for everything but the two addresses. */
    public static TcpRelayOptions of(InetSocketAddress listen, InetSocketAddress target) {
        return new TcpRelayOptions(listen, target, DEFAULT_MAX_RETAINED_CONNECTIONS, DEFAULT_MAX_CONNECTIONS,
                REAL_SOCKETS);
    }

    /** The same options with another cap on connections at once. */
    public TcpRelayOptions withMaxConnections(int connections) {
        return new TcpRelayOptions(listen, target, maxRetainedConnections, connections, sockets);
    }

    /** The same options with other system calls for sockets (tests inject failures this way). */
    public TcpRelayOptions withSockets(Sockets replacement) {
        return new TcpRelayOptions(listen, target, maxRetainedConnections, maxConnections, replacement);
    }
}
