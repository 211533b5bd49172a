package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.net.KernelUdpDrops;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The kernel's receive-buffer drops on a relay's sockets: the front socket and every mapping's
 * upstream socket, including mappings already closed (their count is taken just before closing).
 * Datagrams dropped there never reached the relay, so no other counter can see them.
 */
final class KernelDropCount {

    /** How long a count read for the live line may be reused: reading the kernel's table is not free. */
    private static final long REUSE_NANOS = 500_000_000L;

    private volatile long closedMappings;
    private volatile OptionalLong lastRead = OptionalLong.empty();
    private volatile long lastReadNanos = System.nanoTime() - REUSE_NANOS;

    /** Adds the drops of mappings about to be closed; one read of the kernel's table for all. */
    void beforeClosing(Collection<UdpMapping> closing) {
        if (closing.isEmpty()) {
            return;
        }
        KernelUdpDrops.byPort().ifPresent(table -> {
            long sum = 0;
            for (UdpMapping m : closing) {
                sum += drops(table, m.upstream);
            }
            closedMappings += sum;
        });
    }

    /** The drops so far on {@code front} and every mapping, open or closed; empty where the system does not say. */
    OptionalLong total(DatagramChannel front, Collection<UdpMapping> open) {
        Optional<Map<Integer, Long>> table = KernelUdpDrops.byPort();
        if (table.isEmpty()) {
            return OptionalLong.empty();
        }
        long sum = closedMappings + drops(table.get(), front);
        for (UdpMapping m : open) {
            sum += drops(table.get(), m.upstream);
        }
        return OptionalLong.of(sum);
    }

    /** Like {@link #total}, but a count read less than half a second ago is reused (for a live line). */
    OptionalLong recent(DatagramChannel front, Collection<UdpMapping> open) {
        if (System.nanoTime() - lastReadNanos >= REUSE_NANOS) {
            lastRead = total(front, open);
            lastReadNanos = System.nanoTime();
        }
        return lastRead;
    }

    private static long drops(Map<Integer, Long> table, DatagramChannel channel) {
        try {
            return table.getOrDefault(((InetSocketAddress) channel.getLocalAddress()).getPort(), 0L);
        } catch (IOException | RuntimeException e) {
            return 0; // closed already: its count went with it
        }
    }
}
