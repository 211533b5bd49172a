package dev.netlab.simulator.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.netlab.core.capture.IpFrames;
import dev.netlab.core.capture.PcapngWriter;
import dev.netlab.core.capture.TcpHeader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wireshark's own reader on a written capture; skipped where tshark is not installed. */
@Tag("socket")
class TsharkReadsCaptureTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 9000);

    @Test
    void tsharkReadsEveryPacketWithItsCommentAndSeesOnlyTheCorruptedChecksumFail(@TempDir Path dir)
            throws IOException, InterruptedException {
        assumeTrue(Tshark.installed(), "tshark is not installed");
        Path file = dir.resolve("x.pcapng");
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file);
                PcapngWriter writer = new PcapngWriter(out, 1 << 20, "netlab test")) {
            int side = writer.addInterface("client-side", "client to relay");
            writer.write(side, 1_000_000_000L, IpFrames.udp(CLIENT, SERVER, hello, false, 1), "forwarded");
            writer.write(side, 2_000_000_000L, IpFrames.udp(CLIENT, SERVER, hello, true, 2), "corrupted");
            TcpHeader syn = new TcpHeader(100, 0, TcpHeader.SYN, 65535);
            writer.write(side, 3_000_000_000L, IpFrames.tcp(CLIENT, SERVER, syn, new byte[0], false, 3), "syn");
        }
        List<String> rows = Tshark.run(file, "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
                "-T", "fields", "-e", "frame.comment", "-e", "udp.checksum.status", "-e", "tcp.checksum.status",
                "-e", "_ws.malformed");
        // Wireshark checksum status: 0 bad, 1 good, 2 unverified.
        assertEquals(List.of("forwarded\t1\t\t", "corrupted\t0\t\t", "syn\t\t1\t"), rows);
    }
}
