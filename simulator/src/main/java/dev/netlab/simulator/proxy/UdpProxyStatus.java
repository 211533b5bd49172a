package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;

/**
 * What a {@link UdpProxy} did so far.
 *
 * @param uplink          client to server
 * @param downlink        server to client
 * @param queuedDatagrams datagrams waiting for their delay now
 * @param clients         client mappings open now
 * @param notRelayed      what the relay itself could not pass on so far (the kernel's drops read
 *                        at most half a second ago)
 */
public record UdpProxyStatus(UdpTotals uplink, UdpTotals downlink, int queuedDatagrams, int clients,
        UdpProxySummary.NotRelayed notRelayed) {

    /** The totals of {@code direction}. */
    public UdpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
