package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import java.util.OptionalLong;

/**
 * What a {@link UdpProxy} did in all (final once it is closed).
 *
 * @param uplink      client to server
 * @param downlink    server to client
 * @param clientsSeen client addresses that got a mapping
 * @param seed        the seed of every random decision
 * @param direct      whether datagrams were forwarded directly, with nothing to do
 * @param notRelayed  what the relay itself could not pass on, outside the engine's decisions
 * @param mostClientsAtOnce the most client mappings open at once
 * @param discardedAtStop datagrams still waiting for their delay when the proxy closed, discarded with it
 *                    (0 while it is open)
 */
public record UdpProxySummary(UdpTotals uplink, UdpTotals downlink, long clientsSeen, long seed, boolean direct,
        NotRelayed notRelayed, int mostClientsAtOnce, int discardedAtStop) {

    /**
     * Datagrams the relay itself could not pass on, each counted where it happened and (but for
     * handling errors and the kernel's drops) written to the ledger with its reason
     * ({@link dev.netlab.simulator.relay.udp.RelayDrop}). Send errors are in each direction's totals.
     *
     * @param pastMappingLimit datagrams from new clients refused while the most clients at once were mapped
     * @param handlingErrors   datagrams whose handling failed unexpectedly (for example out of memory)
     * @param serverUnreachable requests lost because the operating system reported nothing listening at the target
     * @param kernelDrops      datagrams the kernel dropped from the relay's socket buffers before the
     *     relay read them (on Linux; empty where the system does not say)
     * @param noSocket         datagrams from new clients refused because no upstream socket could be
     *     opened for them (out of file descriptors)
     */
    public record NotRelayed(long pastMappingLimit, long handlingErrors, long serverUnreachable,
            OptionalLong kernelDrops, long noSocket) {
        /** Datagrams the relay lost itself, the kernel's drops not included. */
        public long byTheRelay() {
            return pastMappingLimit + noSocket + handlingErrors + serverUnreachable;
        }

        /** Whether anything at all was not relayed. */
        public boolean any() {
            return byTheRelay() + kernelDrops.orElse(0) > 0;
        }
    }

    /** The totals of {@code direction}. */
    public UdpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
