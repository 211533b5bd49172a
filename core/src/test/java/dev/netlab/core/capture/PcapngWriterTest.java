package dev.netlab.core.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PcapngWriterTest {

    @Test
    void packetsComeBackWithTheirInterfaceTimeBytesAndComment() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (PcapngWriter writer = new PcapngWriter(file, 1 << 20, "netlab test")) {
            int client = writer.addInterface("client-side", "between the client and the relay");
            int server = writer.addInterface("server-side", "between the relay and the server");
            writer.write(client, 1_700_000_000_123_456_789L, new byte[] {0x45, 1, 2}, "dropped: loss");
            writer.write(server, 1_700_000_000_223_456_789L, new byte[] {0x45, 1, 2, 3, 4}, "");
        }
        PcapngReader.Capture capture = PcapngReader.read(file.toByteArray());
        assertEquals("netlab test", capture.application());
        assertEquals(List.of("client-side", "server-side"), capture.interfaceNames());
        assertEquals(2, capture.packets().size());
        PcapngReader.Packet first = capture.packets().get(0);
        assertEquals(0, first.interfaceId());
        assertEquals(1_700_000_000_123_456_789L, first.timeNanos());
        assertArrayEquals(new byte[] {0x45, 1, 2}, first.frame());
        assertEquals("dropped: loss", first.comment());
        assertEquals(1, capture.packets().get(1).interfaceId());
        assertEquals("", capture.packets().get(1).comment());
    }

    @Test
    void aPacketThatWouldPassTheLimitIsCountedAndNotWritten() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int written = 0;
        try (PcapngWriter writer = new PcapngWriter(file, 2048, "netlab")) {
            int side = writer.addInterface("client-side", "");
            for (int i = 0; i < 100; i++) {
                written += writer.write(side, i, new byte[100], "") ? 1 : 0;
            }
            assertTrue(written > 0 && written < 100, "written " + written);
            assertEquals(100 - written, writer.packetsOverLimit());
            assertTrue(writer.bytesWritten() <= 2048, "bytes " + writer.bytesWritten());
            assertEquals(writer.bytesWritten(), file.size());
        }
        assertEquals(written, PcapngReader.read(file.toByteArray()).packets().size());
    }

    @Test
    void aPacketForAnUndeclaredInterfaceIsRefused() throws IOException {
        try (PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), 4096, "netlab")) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(0, 0, new byte[1], ""));
        }
    }

    @Test
    void aWriterRefusesALimitTooSmallForItsHeaders() {
        assertThrows(IllegalArgumentException.class, () -> new PcapngWriter(new ByteArrayOutputStream(), 100, "x"));
    }

    @Test
    void afterCloseNothingIsWritten() throws IOException {
        PcapngWriter writer = new PcapngWriter(new ByteArrayOutputStream(), 4096, "netlab");
        int side = writer.addInterface("client-side", "");
        writer.close();
        assertFalse(writer.write(side, 0, new byte[1], ""));
    }
}
