package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rules through a real UdpProxy in front of a real UDP echo server, on loopback port 0. */
@Tag("socket")
class UdpProxyRulesTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void indexOneDropLosesExactlyTheFirstDatagramOfEachClientAndNothingElse() throws IOException {
        List<LedgerEntry> ledger = Collections.synchronizedList(new ArrayList<>());
        UdpProxy proxy;
        List<List<String>> replies = List.of(new ArrayList<>(), new ArrayList<>());
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket first = new DatagramSocket(ANY_LOOPBACK_PORT);
                DatagramSocket second = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                    .withRules(RuleSet.parse(List.of("uplink index=1 drop"))).withLedgerSink(ledger::add));
            try (proxy) {
                List<DatagramSocket> clients = List.of(first, second);
                for (int i = 0; i < 5; i++) {
                    for (int c = 0; c < 2; c++) {
                        clients.get(c).setSoTimeout(i == 0 ? 300 : 5_000);
                        replies.get(c).add(roundTrip(clients.get(c), proxy.address(), "c" + c + " " + i));
                    }
                }
            }
        }
        // The first request of each client never reached the server; every later one came back.
        for (int c = 0; c < 2; c++) {
            List<String> got = replies.get(c);
            assertNull(got.get(0), "client " + c + "'s first datagram is dropped");
            for (int i = 1; i < 5; i++) {
                assertEquals("c" + c + " " + i, got.get(i));
            }
        }
        UdpProxySummary summary = proxy.summary();
        assertEquals(2, summary.uplink().dropped());
        assertEquals(8, summary.uplink().forwarded());
        assertEquals(0, summary.downlink().dropped());
        assertEquals(List.of(2L), proxy.ruleHits());
        List<LedgerEntry> drops = ledger.stream().filter(e -> e.action() == Action.DROPPED).toList();
        assertEquals(2, drops.size());
        assertTrue(drops.stream().allMatch(e -> e.direction() == Direction.UPLINK && e.index() == 0
                && e.reason().equals("rule 1 drop")), drops.toString());
        assertEquals(2, drops.stream().map(LedgerEntry::flow).distinct().count(), "one in each client's flow");
    }

    @Test
    void holdMakesTheFirstDatagramFollowTheSecond() throws IOException {
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT);
                UdpProxy proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                        .withRules(RuleSet.parse(List.of("uplink index=1 hold=10s"))))) {
            client.setSoTimeout(5_000);
            send(client, proxy.address(), "first");
            send(client, proxy.address(), "second");
            // The held one leaves right after the second passed, long before its 10 s limit.
            assertEquals("second", receive(client));
            assertEquals("first", receive(client));
        }
    }

    @Test
    void aHeldDatagramWithNoSuccessorLeavesAtItsLimit() throws IOException {
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT);
                UdpProxy proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                        .withRules(RuleSet.parse(List.of("uplink hold=200ms"))))) {
            client.setSoTimeout(5_000);
            long start = System.nanoTime();
            send(client, proxy.address(), "alone");
            assertEquals("alone", receive(client));
            // A lower bound only: it waited at least its limit.
            assertTrue(System.nanoTime() - start >= 200_000_000L);
        }
    }

    private static void send(DatagramSocket client, InetSocketAddress to, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(bytes, bytes.length, to));
    }

    private static String receive(DatagramSocket client) throws IOException {
        DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);
        try {
            client.receive(reply);
        } catch (SocketTimeoutException lost) {
            return null;
        }
        return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
    }

    private static String roundTrip(DatagramSocket client, InetSocketAddress to, String text) throws IOException {
        send(client, to, text);
        return receive(client);
    }
}
