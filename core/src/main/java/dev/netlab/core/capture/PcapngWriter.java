package dev.netlab.core.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes a pcapng file (the format of draft-ietf-opsawg-pcapng): one section, raw-IP interfaces
 * with nanosecond timestamps, one Enhanced Packet Block per packet with an optional comment.
 * Little-endian, as the byte-order magic declares. A size limit bounds the file: a packet that
 * would take the file past it is not written and is counted in {@link #packetsOverLimit()}.
 * Thread-safe: the relays' threads may write concurrently.
 */
public final class PcapngWriter implements Closeable {

    /** LINKTYPE_RAW: each packet begins with an IPv4 or IPv6 header. */
    static final int LINKTYPE_RAW = 101;
    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    static final short OPT_END = 0;
    static final short OPT_COMMENT = 1;
    static final short OPT_SHB_USERAPPL = 4;
    static final short OPT_IF_NAME = 2;
    static final short OPT_IF_DESCRIPTION = 3;
    static final short OPT_IF_TSRESOL = 9;
    /** Longest option value kept; a longer comment is cut (an option's length field is 16 bits). */
    static final int MAX_OPTION_BYTES = 0xFFF0;

    private final OutputStream out;
    private final long limitBytes;
    private long writtenBytes;
    private long packetsWritten;
    private long packetsOverLimit;
    private int interfaces;
    private boolean closed;

    /**
     * Starts a section on {@code out}, which this writer closes.
     *
     * @param out where the file goes
     * @param limitBytes the most bytes the file may hold; at least 1 KiB
     * @param application the writing program's name and version, for the section header
     * @throws IOException when the section header cannot be written
     */
    public PcapngWriter(OutputStream out, long limitBytes, String application) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        if (limitBytes < 1024) {
            throw new IllegalArgumentException("capture limit must be at least 1 KiB: " + limitBytes + " bytes");
        }
        this.limitBytes = limitBytes;
        Options options = new Options().text(OPT_SHB_USERAPPL, application);
        ByteBuffer body = buffer(16 + options.length());
        body.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L);
        options.writeTo(body);
        writeBlock(SECTION_HEADER, body);
    }

    /**
     * Declares an interface; packets name it by the number returned (0, 1, ... in declaration order).
     * Declare every interface before the first packet.
     *
     * @param name a short name, shown by Wireshark as the interface
     * @param description what the interface stands for
     * @return the interface's number
     * @throws IOException when the block cannot be written
     */
    public synchronized int addInterface(String name, String description) throws IOException {
        Options options = new Options().text(OPT_IF_NAME, name).text(OPT_IF_DESCRIPTION, description)
                .bytes(OPT_IF_TSRESOL, new byte[] {9});
        ByteBuffer body = buffer(8 + options.length());
        body.putShort((short) LINKTYPE_RAW).putShort((short) 0).putInt(0);
        options.writeTo(body);
        writeBlock(INTERFACE_DESCRIPTION, body);
        return interfaces++;
    }

    /**
     * Writes one packet unless the file would pass its limit.
     *
     * @param interfaceId a number from {@link #addInterface}
     * @param epochNanos the packet's time, nanoseconds since 1970-01-01 UTC
     * @param frame the packet from its IP header on
     * @param comment the packet comment (the relay's decision); empty for none
     * @return true when written, false when the limit was reached (counted) or the writer is closed
     * @throws IOException when writing fails
     */
    public synchronized boolean write(int interfaceId, long epochNanos, byte[] frame, String comment)
            throws IOException {
        if (interfaceId < 0 || interfaceId >= interfaces) {
            throw new IllegalArgumentException("no interface " + interfaceId + "; declared: " + interfaces);
        }
        Options options = new Options();
        if (!comment.isEmpty()) {
            options.text(OPT_COMMENT, comment);
        }
        int padded = pad(frame.length);
        ByteBuffer body = buffer(20 + padded + options.length());
        body.putInt(interfaceId).putInt((int) (epochNanos >>> 32)).putInt((int) epochNanos)
                .putInt(frame.length).putInt(frame.length).put(frame);
        body.position(body.position() + padded - frame.length);
        options.writeTo(body);
        if (closed || writtenBytes + 12 + body.capacity() > limitBytes) {
            packetsOverLimit++;
            return false;
        }
        writeBlock(ENHANCED_PACKET, body);
        packetsWritten++;
        return true;
    }

    /** Packets written so far. */
    public synchronized long packetsWritten() {
        return packetsWritten;
    }

    /** Packets not written because the file had reached its limit. */
    public synchronized long packetsOverLimit() {
        return packetsOverLimit;
    }

    /** Bytes in the file so far. */
    public synchronized long bytesWritten() {
        return writtenBytes;
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    private void writeBlock(int type, ByteBuffer body) throws IOException {
        int total = 12 + body.capacity();
        ByteBuffer block = buffer(total);
        block.putInt(type).putInt(total).put(body.array()).putInt(total);
        out.write(block.array());
        writtenBytes += total;
    }

    static int pad(int length) {
        return (length + 3) & ~3;
    }

    static ByteBuffer buffer(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A block's options, ended by opt_endofopt when there is at least one. */
    private static final class Options {
        private final List<Option> options = new ArrayList<>();
        private int length;

        Options text(short code, String value) {
            return bytes(code, value.getBytes(StandardCharsets.UTF_8));
        }

        Options bytes(short code, byte[] value) {
            byte[] kept = value.length <= MAX_OPTION_BYTES ? value : Arrays.copyOf(value, MAX_OPTION_BYTES);
            options.add(new Option(code, kept));
            length += 4 + pad(kept.length);
            return this;
        }

        int length() {
            return length == 0 ? 0 : length + 4;
        }

        void writeTo(ByteBuffer target) {
            if (length == 0) {
                return;
            }
            for (Option option : options) {
                target.putShort(option.code()).putShort((short) option.value().length).put(option.value());
                target.position(target.position() + pad(option.value().length) - option.value().length);
            }
            target.putShort(OPT_END).putShort((short) 0);
        }
    }

    /** One option: its code and value. */
    private record Option(short code, byte[] value) {
    }
}
