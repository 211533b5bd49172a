package dev.netlab.simulator.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.capture.PcapngReader;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.UdpProxy;
import dev.netlab.simulator.proxy.UdpProxySummary;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UDP proxy's capture holds every datagram on the side it was sent, with its fate, as the counters say. */
@Tag("socket")
class UdpCaptureTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final int DATAGRAMS = 80;

    @Test
    void everyDatagramAppearsWhereItWasSentAndDroppedOnesOnlyThere(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path file = dir.resolve("x.pcapng");
        LinkConfig up = LinkConfig.builder().loss(Percent.of(20)).duplicate(Percent.of(20)).corrupt(Percent.of(10))
                .delay(Duration.ofMillis(2)).build();
        LinkConfig down = LinkConfig.builder().loss(Percent.of(10)).build();
        UdpProxySummary summary;
        int serverPort;
        int clientPort;
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            serverPort = echo.address().getPort();
            clientPort = client.getLocalPort();
            UdpProxy proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()).withLinks(up, down)
                    .withSeed(11).withCapture(CaptureSpec.of(file)));
            try (proxy) {
                exchange(client, proxy.address());
            }
            summary = proxy.summary();
        }
        List<PcapngReader.Packet> packets = PcapngReader.read(Files.readAllBytes(file)).packets();
        // With 20% loss over 80 datagrams some are dropped (p of none < 1e-7), so the check below can fail.
        assertTrue(summary.uplink().dropped() > 0);
        assertEquals(summary.uplink().received(), count(packets, 0, p -> sourcePort(p) == clientPort));
        assertEquals(summary.uplink().dropped(), count(packets, 0,
                p -> sourcePort(p) == clientPort && p.comment().startsWith("dropped: ")));
        assertEquals(summary.uplink().forwarded(), count(packets, 1, p -> destinationPort(p) == serverPort));
        assertEquals(summary.downlink().received(), count(packets, 1, p -> sourcePort(p) == serverPort));
        assertEquals(summary.downlink().forwarded(), count(packets, 0, p -> destinationPort(p) == clientPort));
        assertEquals(packets.size(), summary.uplink().received() + summary.uplink().forwarded()
                + summary.downlink().received() + summary.downlink().forwarded());
    }

    @Test
    void tsharkReadsTheCaptureWithoutErrorsAndFindsTheDropsAndTheCorruptedChecksums(@TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(Tshark.installed(), "tshark is not installed");
        Path file = dir.resolve("x.pcapng");
        LinkConfig up = LinkConfig.builder().loss(Percent.of(20)).corrupt(Percent.of(10)).build();
        UdpProxySummary summary;
        try (UdpServer echo = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            UdpProxy proxy = UdpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address())
                    .withLinks(up, LinkConfig.TRANSPARENT).withSeed(5).withCapture(CaptureSpec.of(file)));
            try (proxy) {
                exchange(client, proxy.address());
            }
            summary = proxy.summary();
        }
        assertEquals(List.of(), Tshark.run(file, "-Y", "_ws.malformed || _ws.expert.severity >= 8388608"));
        assertEquals(summary.uplink().dropped(), Tshark.run(file, "-Y", "frame.comment contains \"dropped\"").size());
        // 10% corruption over about 64 datagrams corrupts some (p of none < 1e-2 is too likely; the count
        // itself is what is compared, so none would still pass truthfully).
        assertEquals(summary.uplink().corrupted(), Tshark.run(file, "-o", "udp.check_checksum:TRUE",
                "-Y", "udp.checksum.status == 0").size());
    }

    /** Sends every datagram, then collects replies until none comes for 300 ms. */
    private static void exchange(DatagramSocket client, InetSocketAddress proxy) throws IOException {
        for (int i = 0; i < DATAGRAMS; i++) {
            byte[] bytes = ("datagram " + i).getBytes(StandardCharsets.US_ASCII);
            client.send(new DatagramPacket(bytes, bytes.length, proxy));
        }
        client.setSoTimeout(300);
        DatagramPacket reply = new DatagramPacket(new byte[1024], 1024);
        for (int i = 0; i < 3 * DATAGRAMS; i++) {
            try {
                client.receive(reply);
            } catch (SocketTimeoutException quiet) {
                return;
            }
        }
    }

    private static long count(List<PcapngReader.Packet> packets, int side, Predicate<PcapngReader.Packet> what) {
        return packets.stream().filter(p -> p.interfaceId() == side).filter(what).count();
    }

    private static int sourcePort(PcapngReader.Packet packet) {
        return ByteBuffer.wrap(packet.frame()).getShort(20) & 0xFFFF;
    }

    private static int destinationPort(PcapngReader.Packet packet) {
        return ByteBuffer.wrap(packet.frame()).getShort(22) & 0xFFFF;
    }
}
