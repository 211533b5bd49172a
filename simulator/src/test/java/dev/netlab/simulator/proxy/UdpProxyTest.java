package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embeddable use: a test starts a proxy in front of a real UDP echo server, on loopback port 0. */
@Tag("socket")
class UdpProxyTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aTransparentProxyEchoesEveryDatagramAndForwardsDirectly() throws IOException {
        UdpProxy proxy;
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()));
            try (proxy) {
                client.setSoTimeout(2_000);
                for (int i = 0; i < 20; i++) {
                    assertEquals("ping " + i, roundTrip(client, proxy.address(), "ping " + i));
                }
            }
        }
        // Every request and every reply passed, and nothing was asked of the engine. Read after the
        // close, which waits for the relay's thread: a reply is counted just after it is sent.
        UdpProxySummary summary = proxy.summary();
        assertTrue(summary.direct());
        assertEquals(20, summary.uplink().forwarded());
        assertEquals(20, summary.downlink().forwarded());
        assertEquals(1, summary.clientsSeen());
    }

    @Test
    void datagramsStillDelayedWhenTheProxyStopsAreCountedAsDiscarded() throws Exception {
        LinkConfig slow = LinkConfig.builder().delay(java.time.Duration.ofSeconds(30)).build();
        UdpProxy proxy;
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()).withLink(slow));
            try (proxy) {
                for (int i = 0; i < 3; i++) {
                    byte[] bytes = ("held " + i).getBytes(StandardCharsets.UTF_8);
                    client.send(new DatagramPacket(bytes, bytes.length, proxy.address()));
                }
                long until = System.nanoTime() + 5_000_000_000L;
                while (proxy.status().queuedDatagrams() < 3 && System.nanoTime() - until < 0) {
                    Thread.sleep(5);
                }
                assertEquals(0, proxy.summary().discardedAtStop(), "nothing is discarded while the proxy runs");
            }
        }
        // Released 30 s from now, the three die with the proxy: said so, not lost without a word.
        assertEquals(3, proxy.summary().discardedAtStop());
    }

    @Test
    void aLossyProxyDropsWhatItsLedgerAndSummarySay(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger.csv");
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(30)).build();
        ProxySpec spec;
        UdpProxySummary summary;
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            spec = ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()).withLinks(lossy, LinkConfig.TRANSPARENT)
                    .withSeed(7).withLedgerFile(ledger);
            client.setSoTimeout(200);
            int replies = 0;
            UdpProxy proxy = UdpProxy.start(spec);
            try (proxy) {
                for (int i = 0; i < 100; i++) {
                    replies += roundTrip(client, proxy.address(), "ping " + i) == null ? 0 : 1;
                }
            }
            summary = proxy.summary();
            // Only the uplink loses, so every datagram the engine let through came back.
            assertEquals(100 - summary.uplink().dropped(), replies);
        }
        assertFalse(summary.direct());
        assertEquals(7, summary.seed());
        assertEquals(100, summary.uplink().received());
        assertTrue(summary.uplink().dropped() > 0, "30% loss over 100 datagrams drops some (p of none < 1e-15)");
        // The ledger file was written and closed by the proxy: a header and one row per decision.
        List<String> rows = Files.readAllLines(ledger);
        assertTrue(rows.size() > 100, "rows " + rows.size());
    }

    /** Sends one datagram and returns the reply, or null when none came in the socket's timeout. */
    private static String roundTrip(DatagramSocket client, InetSocketAddress to, String text) throws IOException {
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
