package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.simulator.server.UdpServer;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
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
class ProxyRuleFlagTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aBadRuleIsOneLineNamingTheRuleTheColumnAndWhatIsAllowed() {
        for (String transport : List.of("udp", "tcp")) {
            CliRun run = CliRun.of("", "proxy", transport, "--listen", "127.0.0.1:0", "--target", "127.0.0.1:9",
                    "--rule", "uplink index=1 drop", "--rule", "uplink index=x drop");
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out() + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains("--rule 'uplink index=x drop', column 14: 'x' is not an index"), run.err());
            assertTrue(run.err().contains("for example index=1,3,5-7"), run.err());
        }
    }

    @Test
    @Tag("socket")
    void indexOneDropInFrontOfAnEchoServerLosesOnlyEachClientsFirstDatagram() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            port = probe.getLocalPort(); // free a moment ago; the proxy binds it next
        }
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket a = new DatagramSocket(ANY_LOOPBACK_PORT);
                DatagramSocket b = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            Future<CliRun> proxy = thread.submit(() -> CliRun.of("", "proxy", "udp", "--listen", "127.0.0.1:" + port,
                    "--target", "127.0.0.1:" + echo.address().getPort(), "--rule", "uplink index=1 drop",
                    "--duration", "4s", "--quiet"));
            InetSocketAddress front = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            List<String> replies = new ArrayList<>();
            // The first datagram may be sent before the proxy listens; resend it until one reply comes back,
            // then the rest: every reply after the first proves its datagram passed.
            for (DatagramSocket client : List.of(a, b)) {
                client.setSoTimeout(300);
                String first = null;
                for (int attempt = 0; attempt < 20 && first == null; attempt++) {
                    first = roundTrip(client, front, "hello " + attempt);
                }
                replies.add(first);
                client.setSoTimeout(5_000);
                for (int i = 1; i <= 3; i++) {
                    replies.add(roundTrip(client, front, "more " + i));
                }
            }
            CliRun run = proxy.get(20, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertFalse(replies.contains(null), replies.toString());
            // "hello 0" of each client was the first the proxy saw only if the proxy was up: the summary counts.
            assertTrue(run.out().contains("  rule 1: uplink index=1 drop"), run.out());
            assertTrue(run.out().contains("rule 1 (uplink index=1 drop): picked 2"), run.out());
            String uplink = run.out().lines().filter(l -> l.trim().startsWith("uplink   received")).findFirst().orElseThrow();
            assertTrue(uplink.contains("dropped 2 (loss or corrupt 0,") && uplink.contains("rules 2)"), run.out());
            String downlink = run.out().lines().filter(l -> l.trim().startsWith("downlink received")).findFirst().orElseThrow();
            assertTrue(downlink.contains("dropped 0 "), run.out());
        } finally {
            thread.shutdownNow();
            thread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static String roundTrip(DatagramSocket client, InetSocketAddress to, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(bytes, bytes.length, to));
        DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);
        try {
            client.receive(reply);
        } catch (SocketTimeoutException lost) {
            return null;
        }
        return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
    }
}
