package dev.netlab.lab.check;

import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds a free port for the receiver and tells when the receiver has opened it, so the sender
 * starts only once there is something to send to.
 *
 * <p>On Linux the kernel's socket tables ({@code /proc/net/udp}, {@code /proc/net/tcp}) are read,
 * which never disturbs the receiver. Elsewhere the port is tried: binding it fails once the
 * receiver holds it (a receiver binding in the same microseconds may then fail; rare, and it
 * shows as the receiver's own error).
 */
final class PortProbe {

    private static final String LISTEN = "0A";

    private PortProbe() {
    }

    /** A port that was free a moment ago on 127.0.0.1. */
    static int freePort(Transport transport) throws IOException {
        InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (transport == Transport.TCP) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(any);
                return s.getLocalPort();
            }
        }
        try (DatagramSocket s = new DatagramSocket(any)) {
            return s.getLocalPort();
        }
    }

    /** Whether some program has bound (UDP) or is listening on (TCP) this port. */
    static boolean bound(Transport transport, int port) {
        String table = transport == Transport.TCP ? "tcp" : "udp";
        Path v4 = Path.of("/proc/net", table);
        if (Files.isReadable(v4)) {
            return inTable(v4, transport, port) || inTable(Path.of("/proc/net", table + "6"), transport, port);
        }
        return tryBind(transport, port);
    }

    private static boolean inTable(Path file, Transport transport, int port) {
        String hex = String.format(Locale.ROOT, ":%04X", port);
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[1].endsWith(hex) && (transport == Transport.UDP || f[3].equals(LISTEN))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // no such table (no IPv6): nothing bound there
        }
        return false;
    }

    private static boolean tryBind(Transport transport, int port) {
        InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try {
            if (transport == Transport.TCP) {
                try (ServerSocket s = new ServerSocket()) {
                    s.setReuseAddress(false);
                    s.bind(at);
                }
            } else {
                new DatagramSocket(at).close();
            }
            return false;
        } catch (BindException taken) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
