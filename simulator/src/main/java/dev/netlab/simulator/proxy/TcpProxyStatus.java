package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link TcpProxy} did so far.
 *
 * @param uplink          client to server
 * @param downlink        server to client
 * @param openConnections connections not yet over
 */
public record TcpProxyStatus(TcpTotals uplink, TcpTotals downlink, long openConnections) {

    /** The totals of {@code direction}. */
    public TcpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
