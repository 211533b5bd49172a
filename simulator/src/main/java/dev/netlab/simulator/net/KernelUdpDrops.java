package dev.netlab.simulator.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Datagrams the kernel dropped from UDP sockets' receive buffers before any program read them,
 * per local port. Java offers no {@code SO_RXQ_OVFL}, so on Linux the {@code drops} column of
 * {@code /proc/net/udp} and {@code /proc/net/udp6} is read; elsewhere the count is unknown (empty).
 */
public final class KernelUdpDrops {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6"));

    private KernelUdpDrops() {
    }

    /** Drops per local port now, summed over the sockets bound to it; empty where the system does not say. */
    public static Optional<Map<Integer, Long>> byPort() {
        Map<Integer, Long> drops = new HashMap<>();
        boolean read = false;
        for (Path table : TABLES) {
            try {
                parse(Files.readAllLines(table, StandardCharsets.US_ASCII), drops);
                read = true;
            } catch (IOException | RuntimeException e) {
                // not Linux, or the table is not readable here: this table says nothing
            }
        }
        return read ? Optional.of(drops) : Optional.empty();
    }

    /** Reads a table's rows ({@code sl local_address ... drops}) into drops per local port. */
    static void parse(List<String> lines, Map<Integer, Long> drops) {
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 13 || f[1].indexOf(':') < 0) {
                continue;
            }
            int port = Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16);
            drops.merge(port, Long.parseLong(f[12]), Long::sum);
        }
    }
}
