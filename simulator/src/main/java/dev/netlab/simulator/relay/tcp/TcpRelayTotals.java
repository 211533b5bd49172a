package dev.netlab.simulator.relay.tcp;

import dev.netlab.core.engine.Direction;

/**
 * What every connection through a {@link TcpRelay} did, open and closed ones alike, however many:
 * closed connections are added up as they close, so the totals never depend on how many
 * connections the relay still lists.
 *
 * @param uplink              client-to-server totals
 * @param downlink            server-to-client totals
 * @param connections         connections relayed (open and closed)
 * @param handshakeNanosSum   the emulated handshake times of those connections, summed (0 on the fast path)
 * @param openConnections     connections not yet over
 */
public record TcpRelayTotals(TcpPathTotals uplink, TcpPathTotals downlink, long connections, long handshakeNanosSum,
        int openConnections) {

    /** The totals of {@code direction}. */
    public TcpPathTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }

    /** The mean emulated handshake time in milliseconds; 0 before the first connection. */
    public double meanHandshakeMillis() {
        return connections == 0 ? 0 : handshakeNanosSum / 1e6 / connections;
    }
}
