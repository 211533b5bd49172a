package dev.netlab.core.capture;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Synthetic IP packets around the relay's payloads: an IPv4 header (or IPv6, when both ends are
 * IPv6) and a UDP or TCP header with the real addresses and ports and valid checksums (RFC 791,
 * 768, 793, 8200). A packet the engine corrupted is given a checksum that does not match, as a
 * receiver on a real link would see it.
 */
public final class IpFrames {

    static final int PROTOCOL_TCP = 6;
    static final int PROTOCOL_UDP = 17;
    static final int IPV4_HEADER_BYTES = 20;
    static final int IPV6_HEADER_BYTES = 40;
    static final int UDP_HEADER_BYTES = 8;
    static final int TCP_HEADER_BYTES = 20;
    /** XORed into a checksum to make it wrong: never 0, so the result always differs. */
    static final int BAD_CHECKSUM_MASK = 0x5A5A;

    private IpFrames() {
    }

    /**
     * A UDP datagram as it crossed the wire.
     *
     * @param source the sending end
     * @param destination the receiving end
     * @param payload the datagram's payload
     * @param badChecksum true when the engine corrupted it: the UDP checksum then does not match
     * @param ipId the IPv4 identification field (low 16 bits), e.g. a per-interface counter
     * @return the packet from its IP header on
     */
    public static byte[] udp(InetSocketAddress source, InetSocketAddress destination, byte[] payload,
            boolean badChecksum, int ipId) {
        int length = UDP_HEADER_BYTES + payload.length;
        ByteBuffer transport = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
        transport.putShort((short) source.getPort()).putShort((short) destination.getPort())
                .putShort((short) length).putShort((short) 0).put(payload);
        int checksum = transportChecksum(source, destination, PROTOCOL_UDP, transport.array());
        checksum = checksum == 0 ? 0xFFFF : checksum;
        transport.putShort(6, (short) (badChecksum ? checksum ^ BAD_CHECKSUM_MASK : checksum));
        return ip(source, destination, PROTOCOL_UDP, transport.array(), ipId);
    }

    /**
     * A TCP segment as it crossed the emulated wire.
     *
     * @param source the sending end
     * @param destination the receiving end
     * @param header sequence, acknowledgement, flags and window
     * @param payload the segment's data, possibly empty
     * @param badChecksum true when the engine corrupted it
     * @param ipId the IPv4 identification field (low 16 bits)
     * @return the packet from its IP header on
     */
    public static byte[] tcp(InetSocketAddress source, InetSocketAddress destination, TcpHeader header,
            byte[] payload, boolean badChecksum, int ipId) {
        ByteBuffer transport = ByteBuffer.allocate(TCP_HEADER_BYTES + payload.length).order(ByteOrder.BIG_ENDIAN);
        transport.putShort((short) source.getPort()).putShort((short) destination.getPort())
                .putInt((int) header.seq()).putInt((int) header.ack())
                .put((byte) (TCP_HEADER_BYTES / 4 << 4)).put((byte) header.flags())
                .putShort((short) header.windowBytes()).putShort((short) 0).putShort((short) 0).put(payload);
        int checksum = transportChecksum(source, destination, PROTOCOL_TCP, transport.array());
        transport.putShort(16, (short) (badChecksum ? checksum ^ BAD_CHECKSUM_MASK : checksum));
        return ip(source, destination, PROTOCOL_TCP, transport.array(), ipId);
    }

    private static byte[] ip(InetSocketAddress source, InetSocketAddress destination, int protocol,
            byte[] transport, int ipId) {
        byte[] from = address(source, destination);
        byte[] to = address(destination, source);
        if (from.length == 4) {
            ByteBuffer packet = ByteBuffer.allocate(IPV4_HEADER_BYTES + transport.length);
            packet.put((byte) 0x45).put((byte) 0).putShort((short) (IPV4_HEADER_BYTES + transport.length))
                    .putShort((short) ipId).putShort((short) 0x4000).put((byte) 64).put((byte) protocol)
                    .putShort((short) 0).put(from).put(to);
            packet.putShort(10, (short) Checksum.of(packet.array(), 0, IPV4_HEADER_BYTES, 0));
            return packet.put(transport).array();
        }
        ByteBuffer packet = ByteBuffer.allocate(IPV6_HEADER_BYTES + transport.length);
        packet.putInt(0x6000_0000).putShort((short) transport.length).put((byte) protocol).put((byte) 64)
                .put(from).put(to).put(transport);
        return packet.array();
    }

    private static int transportChecksum(InetSocketAddress source, InetSocketAddress destination, int protocol,
            byte[] transport) {
        byte[] from = address(source, destination);
        byte[] to = address(destination, source);
        long pseudo = Checksum.sum(from) + Checksum.sum(to) + protocol + transport.length;
        return Checksum.of(transport, 0, transport.length, pseudo);
    }

    /**
     * The address as 4 bytes when both ends are IPv4, else as 16 (an IPv4 address then mapped into
     * IPv6, so both ends of a packet always have the same family).
     */
    static byte[] address(InetSocketAddress end, InetSocketAddress other) {
        InetAddress address = end.getAddress();
        boolean bothV4 = address instanceof Inet4Address && other.getAddress() instanceof Inet4Address;
        if (bothV4 || !(address instanceof Inet4Address)) {
            return address.getAddress();
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(address.getAddress(), 0, mapped, 12, 4);
        return mapped;
    }
}
