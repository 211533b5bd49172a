package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link TcpProxy} did so far.
 *
 * @param uplink          client to server
 * @param downlink        server to client
 * @param openConnections connections not yet over
 * @param refusedAtCap    clients reset at once because {@code maxConnections} were open
 * @param maxConnections  the most connections relayed at once
 */
public record TcpProxyStatus(TcpTotals uplink, TcpTotals downlink, long openConnections, long refusedAtCap,
        int maxConnections) {

    /** The totals of {@code direction}. */
    public TcpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
