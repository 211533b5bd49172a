package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link UdpProxy} did in all (final once it is closed).
 *
 * @param uplink      client to server
 * @param downlink    server to client
 * @param clientsSeen client addresses that got a mapping
 * @param seed        the seed of every random decision
 * @param direct      whether datagrams were forwarded directly, with nothing to do
 */
public record UdpProxySummary(UdpTotals uplink, UdpTotals downlink, long clientsSeen, long seed, boolean direct) {

    /** The totals of {@code direction}. */
    public UdpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
