package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProxyUdpCommandTest {

    private static final InetSocketAddress ANY = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aClientCapBelowOneIsExitTwoWithOneSentence() {
        CliRun run = CliRun.of("", "proxy", "udp", "--listen", "127.0.0.1:47031", "--target", "127.0.0.1:47032",
                "--max-mappings", "0", "--duration", "1s");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertEquals("netlab proxy udp: --max-mappings: the most clients must be at least 1: 0", lastLine(run.err()));
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    @Tag("socket")
    void clientsPastTheCapAreRefusedAndSaidSoLiveAndInTheSummary() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        List<DatagramSocket> clients = new ArrayList<>();
        try (UdpServer server = UdpServer.start(ANY, ServerMode.ECHO)) {
            int port = freeUdpPort();
            Future<CliRun> proxy = thread.submit(() -> CliRun.of("", "proxy", "udp", "--listen", "127.0.0.1:" + port,
                    "--target", "127.0.0.1:" + server.address().getPort(), "--max-mappings", "2", "--duration", "3s"));
            InetSocketAddress front = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            for (int i = 0; i < 4; i++) {
                DatagramSocket client = new DatagramSocket(ANY);
                client.setSoTimeout(100);
                clients.add(client);
            }
            // Two clients fill the cap (the first retries until the proxy listens); two more are refused.
            assertTrue(echoed(clients.get(0), front, 50), "the proxy answers within 5 s");
            assertTrue(echoed(clients.get(1), front, 10));
            assertFalse(echoed(clients.get(2), front, 1));
            assertFalse(echoed(clients.get(3), front, 1));
            CliRun run = proxy.get(20, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            // The refused clients are told apart from silent loss: a cause, a count and what to do about it.
            assertTrue(run.out().contains("refused at the client cap (--max-mappings 2): 2 datagrams from new clients"),
                    run.out());
            assertTrue(run.out().contains("clients seen 2, at most 2 at once"), run.out());
            assertTrue(run.err().lines().anyMatch(l -> l.contains("clients 2 | not relayed: client cap 2,")), run.err());
        } finally {
            clients.forEach(DatagramSocket::close);
            thread.shutdownNow();
            thread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Sends one datagram at most {@code tries} times, 100 ms apart, until it comes back. */
    private static boolean echoed(DatagramSocket client, InetSocketAddress to, int tries) throws IOException {
        byte[] ping = {'p'};
        for (int i = 0; i < tries; i++) {
            client.send(new DatagramPacket(ping, 1, to));
            try {
                client.receive(new DatagramPacket(new byte[16], 16));
                return true;
            } catch (SocketTimeoutException notYet) {
                // not listening yet, or refused
            }
        }
        return false;
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(ANY)) {
            return probe.getLocalPort();
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
