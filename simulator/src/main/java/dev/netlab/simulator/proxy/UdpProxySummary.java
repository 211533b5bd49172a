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
 * @param notRelayed  what the relay itself could not pass on, outside the engine's decisions
 */
public record UdpProxySummary(UdpTotals uplink, UdpTotals downlink, long clientsSeen, long seed, boolean direct,
        NotRelayed notRelayed) {

    /**
     * Datagrams the relay itself could not pass on, each counted where it happened.
     *
     * @param pastMappingLimit datagrams from new clients while the most clients at once were mapped
     * @param handlingErrors   datagrams whose handling failed unexpectedly (for example out of memory)
     * @param serverUnreachable times the operating system reported nothing listening at the target
     * @param kernelDrops      datagrams the kernel dropped from the relay's socket buffers before the
     *     relay read them (read at close, on Linux; empty while open and where the system does not say)
     */
    public record NotRelayed(long pastMappingLimit, long handlingErrors, long serverUnreachable,
            java.util.OptionalLong kernelDrops) {
        /** Whether anything at all was not relayed. */
        public boolean any() {
            return pastMappingLimit + handlingErrors + serverUnreachable + kernelDrops.orElse(0) > 0;
        }
    }

    /** The totals of {@code direction}. */
    public UdpTotals of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
