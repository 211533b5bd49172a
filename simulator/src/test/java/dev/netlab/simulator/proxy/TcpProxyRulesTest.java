package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.ServerMode;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Rules on the emulated segments of a real TcpProxy in front of a real TCP echo server. */
@Tag("socket")
class TcpProxyRulesTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void droppingTheFirstUplinkSegmentCostsExactlyOneRetransmissionAndNoBytes() throws IOException {
        TcpProxySummary summary;
        TcpProxy proxy;
        try (TcpServer echo = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS)) {
            proxy = TcpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                    .withRules(RuleSet.parse(List.of("uplink index=1 drop"))));
            try (proxy; Socket client = new Socket()) {
                client.connect(proxy.address(), 10_000);
                client.setSoTimeout(30_000);
                OutputStream out = client.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                for (int i = 0; i < 5; i++) {
                    out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    // Each line waits for its echo, so every segment is one line: the first is dropped once.
                    assertEquals("line " + i, in.readLine());
                }
            }
            summary = proxy.summary();
        }
        // The handshake is not counted by the rules: index 1 is the first data segment, lost once and
        // sent again; nothing else is lost or retransmitted in either direction.
        assertEquals(List.of(1L), proxy.ruleHits());
        assertEquals(1, summary.uplink().lost());
        assertEquals(1, summary.uplink().retransmissions());
        assertEquals(0, summary.downlink().lost());
        assertEquals(0, summary.downlink().retransmissions());
    }

    @Test
    void aHeldSegmentArrivesAfterTheNextTransmissionAndTheBytesStayInOrder() throws IOException {
        TcpProxy proxy;
        try (TcpServer echo = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS)) {
            proxy = TcpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                    .withRules(RuleSet.parse(List.of("uplink index=1 hold"))));
            try (proxy; Socket client = new Socket()) {
                client.connect(proxy.address(), 10_000);
                client.setSoTimeout(30_000);
                OutputStream out = client.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                for (int i = 0; i < 3; i++) {
                    out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    // The first line's segment waits for the next transmission (its own retransmission, as
                    // nothing else is sent before its echo), so the echo still comes, whole and in order.
                    assertEquals("line " + i, in.readLine());
                }
            }
        }
        assertEquals(List.of(1L), proxy.ruleHits());
        assertEquals(0, proxy.summary().uplink().lost(), "a held segment is late, not lost");
    }
}
