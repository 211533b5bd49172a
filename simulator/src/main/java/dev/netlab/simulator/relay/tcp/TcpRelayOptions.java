package dev.netlab.simulator.relay.tcp;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * How a {@link TcpRelay} listens and forwards.
 *
 * @param listen the front address clients connect to; port 0 picks a free port
 * @param target the server each client's connection is forwarded to, one upstream connection per client
 * @param maxRetainedConnections how many closed connections keep their statistics for
 *        {@link TcpRelay#connections()}; older ones are forgotten first (default 1000). Open
 *        connections are always listed.
 */
public record TcpRelayOptions(InetSocketAddress listen, InetSocketAddress target, int maxRetainedConnections) {

    /** Closed connections whose statistics are kept by default. */
    public static final int DEFAULT_MAX_RETAINED_CONNECTIONS = 1000;

    /** Checks the addresses are given and the retention is at least 1. */
    public TcpRelayOptions {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(target, "target");
        if (maxRetainedConnections < 1) {
            throw new IllegalArgumentException("retained connections must be at least 1: " + maxRetainedConnections);
        }
    }

    /** Defaults for everything but the two addresses. */
    public static TcpRelayOptions of(InetSocketAddress listen, InetSocketAddress target) {
        return new TcpRelayOptions(listen, target, DEFAULT_MAX_RETAINED_CONNECTIONS);
    }
}
