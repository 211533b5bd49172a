package dev.netlab.core.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IpFramesTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 9000);
    private static final byte[] HELLO = "hello, odd".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aUdpDatagramHasAValidIpv4HeaderAndUdpChecksum() {
        byte[] frame = IpFrames.udp(CLIENT, SERVER, HELLO, false, 7);
        ByteBuffer packet = ByteBuffer.wrap(frame);
        assertEquals(0x45, frame[0] & 0xFF);
        assertEquals(20 + 8 + HELLO.length, packet.getShort(2) & 0xFFFF);
        assertEquals(7, packet.getShort(4));
        assertEquals(IpFrames.PROTOCOL_UDP, frame[9]);
        assertEquals(0, Checksum.of(frame, 0, 20, 0), "IPv4 header checksum verifies");
        assertEquals(40000, packet.getShort(20) & 0xFFFF);
        assertEquals(9000, packet.getShort(22) & 0xFFFF);
        assertEquals(0, transportChecksumResidue(frame), "UDP checksum verifies");
        assertArrayEquals(HELLO, Arrays.copyOfRange(frame, 28, frame.length));
    }

    @Test
    void aCorruptedDatagramCarriesAChecksumThatFails() {
        byte[] frame = IpFrames.udp(CLIENT, SERVER, HELLO, true, 0);
        assertNotEquals(0, transportChecksumResidue(frame));
        assertEquals(0, Checksum.of(frame, 0, 20, 0), "the IP header stays valid");
    }

    @Test
    void aTcpSegmentCarriesItsNumbersFlagsAndAValidChecksum() {
        TcpHeader header = new TcpHeader(0x1_0000_0005L, 77, TcpHeader.ACK | TcpHeader.PSH, 65535);
        byte[] frame = IpFrames.tcp(CLIENT, SERVER, header, HELLO, false, 1);
        ByteBuffer packet = ByteBuffer.wrap(frame);
        assertEquals(IpFrames.PROTOCOL_TCP, frame[9]);
        assertEquals(5, packet.getInt(24), "the sequence number keeps its low 32 bits");
        assertEquals(77, packet.getInt(28));
        assertEquals(5 << 4, frame[32] & 0xFF);
        assertEquals(TcpHeader.ACK | TcpHeader.PSH, frame[33]);
        assertEquals(65535, packet.getShort(34) & 0xFFFF);
        assertEquals(0, transportChecksumResidue(frame));
    }

    @Test
    void ipv6EndsGiveAnIpv6PacketWhoseChecksumVerifies() {
        InetSocketAddress from = new InetSocketAddress("::1", 5000);
        InetSocketAddress to = new InetSocketAddress("::1", 6000);
        byte[] frame = IpFrames.udp(from, to, HELLO, false, 0);
        assertEquals(6, (frame[0] & 0xFF) >> 4);
        assertEquals(40 + 8 + HELLO.length, frame.length);
        long pseudo = Checksum.sum(Arrays.copyOfRange(frame, 8, 40)) + IpFrames.PROTOCOL_UDP + 8 + HELLO.length;
        assertEquals(0, Checksum.of(frame, 40, frame.length - 40, pseudo));
    }

    /** Sums pseudo-header and transport part of an IPv4 frame: 0 when the checksum is right. */
    private static int transportChecksumResidue(byte[] frame) {
        int length = frame.length - 20;
        long pseudo = Checksum.sum(Arrays.copyOfRange(frame, 12, 20)) + frame[9] + length;
        return Checksum.of(frame, 20, length, pseudo);
    }
}
