package dev.netlab.simulator.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import dev.netlab.simulator.proxy.TcpProxySummary;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulated TCP as Wireshark reads it: its analysis finds exactly the emulation's retransmissions. */
@Tag("socket")
class TcpCaptureTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void wiresharkFlagsAsManyRetransmissionsAsTheEmulationMade(@TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(Tshark.installed(), "tshark is not installed");
        Path file = dir.resolve("tcp.pcapng");
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(5)).delay(Duration.ofMillis(5)).build();
        TcpProxySummary summary;
        try (TcpServer echo = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS)) {
            TcpProxy proxy = TcpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, echo.address()).withLink(lossy)
                    .withSeed(4).withCapture(CaptureSpec.of(file)));
            try (proxy) {
                echoThrough(proxy.address(), 200_000);
            }
            summary = proxy.summary();
        }
        long retransmitted = summary.uplink().retransmissions() + summary.downlink().retransmissions();
        // 5% loss over about 280 data segments loses some (p of none < 1e-6): the count can be 0 only if broken.
        assertTrue(retransmitted > 0, "retransmitted " + retransmitted);
        assertEquals(List.of(), Tshark.run(file, "-Y", "_ws.malformed || _ws.expert.severity >= 8388608"));
        // Every retransmission is in the capture with its reason, and Wireshark's analysis flags each one: as
        // a retransmission (fast or not), or as out of order when it left within one handshake round trip
        // of the newest segment (Wireshark's own heuristic, docs/capture.md). Nothing else carrying data is
        // flagged so; SYN and SYN-ACK retries would be, and are not retransmissions of data.
        assertEquals(retransmitted, Tshark.run(file, "-Y", "frame.comment contains \"retransmission (\"").size());
        List<String> flagged = Tshark.run(file, "-Y",
                "(tcp.analysis.retransmission || tcp.analysis.out_of_order) && tcp.len > 0",
                "-T", "fields", "-e", "frame.comment");
        assertEquals(retransmitted, flagged.size(), String.join("\n", flagged));
        assertTrue(flagged.stream().allMatch(comment -> comment.startsWith("retransmission (")), flagged::toString);
        assertEquals(List.of(), Tshark.run(file, "-Y", "tcp.analysis.lost_segment || tcp.analysis.ack_lost_segment"
                + " || tcp.analysis.spurious_retransmission"));
    }

    /** Sends {@code size} random bytes through the proxy's echo and checks they come back whole. */
    private static void echoThrough(InetSocketAddress proxy, int size) throws IOException {
        byte[] data = new byte[size];
        new Random(1).nextBytes(data);
        try (Socket client = new Socket()) {
            client.connect(proxy, 10_000);
            client.setSoTimeout(30_000);
            OutputStream out = client.getOutputStream();
            InputStream in = client.getInputStream();
            byte[] back = new byte[size];
            int read = 0;
            for (int sent = 0; sent < size; sent += 10_000) {
                out.write(data, sent, Math.min(10_000, size - sent));
                out.flush();
                read += in.readNBytes(back, read, Math.min(10_000, size - read));
            }
            assertTrue(Arrays.equals(data, back), "the echo came back whole");
        }
    }
}
