package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link TcpProxy} did in all (final once it is closed).
 *
 * @param uplink              client to server
 * @param downlink            server to client
 * @param accepted            client connections accepted
 * @param closed              connections that ended with a FIN both ways
 * @param resets              connections one side reset, reset on the other side too
 * @param connectFailures     connections the target refused
 * @param handshakeFailures   connections whose emulated handshake gave up
 * @param relayErrors         connections the relay itself ended after an unexpected error
 * @param meanHandshakeMillis the mean emulated handshake time over every connection
 * @param seed                the seed of every random decision
 * @param direct              whether bytes were copied directly, nothing emulated
 * @param limits              what the relay's own limits refused and the errors it survived
 */
public record TcpProxySummary(TcpTotals uplink, TcpTotals downlink, long accepted, long closed, long resets,
        long connectFailures, long handshakeFailures, long relayErrors, double meanHandshakeMillis, long seed,
        boolean direct, Limits limits) {

    /**
     * What the relay's own limits refused, and the errors it survived.
     *
     * @param maxConnections  the most connections relayed at once
     * @param refusedAtCap    clients reset at once because that many were open; not in {@code accepted}
     * @param acceptErrors    failed accepts (out of file descriptors: the waiting client is reset at once)
     * @param loopErrors      unexpected errors the relay's loop survived outside any one connection
     */
    public record Limits(int maxConnections, long refusedAtCap, long acceptErrors, long loopErrors) {
    }

    /** The totals of {@code direction}. */
    public TcpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
