package dev.netlab.core.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what {@link PcapngWriter} writes: one little-endian section of raw-IP interfaces and
 * Enhanced Packet Blocks, checked as it goes (block lengths, byte-order magic, link type, options
 * ended). For tests and tools that check a capture without Wireshark; not a general pcapng reader.
 */
public final class PcapngReader {

    /**
     * One Enhanced Packet Block.
     *
     * @param interfaceId the interface's number, in declaration order
     * @param timeNanos the timestamp, nanoseconds since 1970 UTC
     * @param frame the packet from its IP header on
     * @param comment its comment, empty when it has none
     */
    public record Packet(int interfaceId, long timeNanos, byte[] frame, String comment) {
    }

    /**
     * What the file holds.
     *
     * @param application the section header's user application
     * @param interfaceNames the interfaces' names, in declaration order
     * @param packets the packets, in file order
     */
    public record Capture(String application, List<String> interfaceNames, List<Packet> packets) {
    }

    private PcapngReader() {
    }

    /**
     * Reads a whole file.
     *
     * @throws IllegalStateException naming the first thing that is not as {@link PcapngWriter} writes it
     */
    public static Capture read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        String application = "";
        List<String> names = new ArrayList<>();
        List<Packet> packets = new ArrayList<>();
        while (in.hasRemaining()) {
            int start = in.position();
            int type = in.getInt();
            int total = in.getInt();
            if (total % 4 != 0 || total < 12 || start + total > file.length) {
                throw new IllegalStateException("bad block length " + total + " at " + start);
            }
            if (in.getInt(start + total - 4) != total) {
                throw new IllegalStateException("trailing length differs at " + start);
            }
            ByteBuffer body = ByteBuffer.wrap(file, start + 8, total - 12).slice().order(ByteOrder.LITTLE_ENDIAN);
            switch (type) {
                case PcapngWriter.SECTION_HEADER -> application = sectionHeader(body);
                case PcapngWriter.INTERFACE_DESCRIPTION -> names.add(interfaceDescription(body));
                case PcapngWriter.ENHANCED_PACKET -> packets.add(enhancedPacket(body));
                default -> throw new IllegalStateException("unexpected block type " + type);
            }
            in.position(start + total);
        }
        return new Capture(application, names, packets);
    }

    private static String sectionHeader(ByteBuffer body) {
        if (body.getInt() != PcapngWriter.BYTE_ORDER_MAGIC || body.getShort() != 1 || body.getShort() != 0) {
            throw new IllegalStateException("bad section header");
        }
        body.getLong();
        return option(body, PcapngWriter.OPT_SHB_USERAPPL);
    }

    private static String interfaceDescription(ByteBuffer body) {
        if (body.getShort() != PcapngWriter.LINKTYPE_RAW) {
            throw new IllegalStateException("link type is not raw IP");
        }
        body.getShort();
        body.getInt();
        return option(body, PcapngWriter.OPT_IF_NAME);
    }

    private static Packet enhancedPacket(ByteBuffer body) {
        int interfaceId = body.getInt();
        long time = ((long) body.getInt() << 32) | (body.getInt() & 0xFFFF_FFFFL);
        int captured = body.getInt();
        int original = body.getInt();
        if (captured != original) {
            throw new IllegalStateException("truncated packet");
        }
        byte[] frame = new byte[captured];
        body.get(frame);
        body.position(body.position() + PcapngWriter.pad(captured) - captured);
        return new Packet(interfaceId, time, frame, option(body, PcapngWriter.OPT_COMMENT));
    }

    /** The value of the first option with {@code code}, or empty; checks the options end properly. */
    private static String option(ByteBuffer body, short code) {
        String found = "";
        while (body.remaining() >= 4) {
            short optionCode = body.getShort();
            int length = body.getShort() & 0xFFFF;
            if (optionCode == PcapngWriter.OPT_END) {
                return found;
            }
            byte[] value = new byte[length];
            body.get(value);
            body.position(body.position() + PcapngWriter.pad(length) - length);
            if (optionCode == code && found.isEmpty()) {
                found = new String(value, StandardCharsets.UTF_8);
            }
        }
        if (body.hasRemaining()) {
            throw new IllegalStateException("options not ended");
        }
        return found;
    }
}
