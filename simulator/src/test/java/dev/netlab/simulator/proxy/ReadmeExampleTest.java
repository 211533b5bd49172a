package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The README's embedding example, as written there, so it keeps compiling and working. */
@Tag("socket")
class ReadmeExampleTest {

    @Test
    void theReadmesProxyExampleRunsAsWritten() throws IOException {
        UdpProxy kept;
        var loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(10)).delay(Duration.ofMillis(20)).build();
        try (UdpServer echo = UdpServer.start(loopback, ServerMode.ECHO);
             UdpProxy proxy = UdpProxy.start(ProxySpec.of(loopback, echo.address()).withLink(lossy).withSeed(42));
             DatagramSocket client = new DatagramSocket()) {
            kept = proxy;
            byte[] ping = "ping".getBytes(StandardCharsets.UTF_8);
            client.send(new DatagramPacket(ping, ping.length, proxy.address()));   // through the impaired link
            System.out.println("dropped so far: " + proxy.status().uplink().dropped());
            // Not in the README: wait (at most 5 s) until the relay has read the datagram, so the
            // count below does not depend on how fast the relay thread runs.
            long until = System.nanoTime() + 5_000_000_000L;
            while (proxy.status().uplink().received() < 1 && System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
        }
        // After close the one datagram was received by the relay and either forwarded or dropped.
        assertEquals(1, kept.summary().uplink().received());
    }
}
