package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A TCP proxy in front of a real echo server: TCP's contract holds whatever the link loses. */
@Tag("socket")
class TcpProxyTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aLossyProxyStillDeliversEveryLineInOrderAndCountsWhatItCost() throws IOException {
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(20)).build();
        TcpProxySummary summary;
        try (TcpServer echo = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS)) {
            TcpProxy proxy = TcpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()).withLink(lossy).withSeed(3));
            try (proxy; Socket client = new Socket()) {
                client.connect(proxy.address(), 10_000);
                client.setSoTimeout(30_000);
                OutputStream out = client.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                for (int i = 0; i < 30; i++) {
                    out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    // Each echo comes back whole and in order: losses cost time, never bytes.
                    assertEquals("line " + i, in.readLine());
                }
            }
            summary = proxy.summary();
        }
        assertFalse(summary.direct());
        assertEquals(1, summary.accepted());
        long lost = summary.uplink().lost() + summary.downlink().lost();
        long retransmitted = summary.uplink().retransmissions() + summary.downlink().retransmissions();
        // 20% loss over 60 data segments loses some (p of none < 2e-6), and every byte still came back
        // above, so what was lost was sent again.
        assertTrue(lost > 0, "lost " + lost);
        assertTrue(retransmitted > 0, "retransmitted " + retransmitted);
    }
}
