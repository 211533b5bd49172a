package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link UdpProxy} did so far.
 *
 * @param uplink          client to server
 * @param downlink        server to client
 * @param queuedDatagrams datagrams waiting for their delay now
 */
public record UdpProxyStatus(UdpTotals uplink, UdpTotals downlink, int queuedDatagrams) {

    /** The totals of {@code direction}. */
    public UdpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
