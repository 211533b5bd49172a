package dev.netlab.core.probe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * The probe wire format: fixed-width ASCII that an {@code upper} server sends back unchanged.
 *
 * <pre>
 * NLP1 0000002A 0000000000000007 FFFFF2A1B3C4D5E6 0040 1A2B3C4D ...
 * |    |        |                |                |    |        '-- padding '.' up to the size
 * |    |        |                |                |    '-- CRC-32 of every other byte, 8 hex digits
 * |    |        |                |                '-- total size in bytes, 4 hex digits
 * |    |        |                '-- sendNanos, 16 hex digits (two's complement, may be negative)
 * |    |        '-- seq, 16 hex digits
 * |    '-- client, 8 hex digits
 * '-- magic and version
 * </pre>
 *
 * <p>Why it looks like this:
 * <ul>
 *   <li>Only upper-case letters, digits, spaces and dots, so upper-casing is the identity.
 *       Decoding is case-insensitive as well: a message whose letters were all lower-cased still
 *       decodes, because the checksum is taken over the upper-cased bytes.</li>
 *   <li>The letters of one message must all have the same case. {@code 0x20} is the ASCII case
 *       bit, so a single flipped bit that changes one letter's case is caught by this rule, and
 *       every other single flip by the CRC-32 (which detects all single-bit errors).</li>
 *   <li>No {@code '\n'} ever, and no byte one bit away from {@code '\n'} or {@code '\r'} (no
 *       {@code '*'}, {@code '-'}, {@code 'J'}, {@code 'M'}), so a bit flip cannot split a
 *       newline-framed TCP line in two.</li>
 *   <li>Hex, not decimal, so the header (61 bytes) fits a 64-byte game packet.</li>
 * </ul>
 */
public final class ProbeCodec {

    /** Bytes of the fixed header; the smallest probe. */
    public static final int HEADER_BYTES = 61;
    /** The largest probe: what the 4-hex-digit size field can say. */
    public static final int MAX_SIZE_BYTES = 0xFFFF;

    private static final byte[] MAGIC = "NLP1".getBytes(StandardCharsets.US_ASCII);
    private static final byte PADDING = '.';
    private static final int CLIENT_AT = 5;
    private static final int SEQ_AT = 14;
    private static final int SEND_AT = 31;
    private static final int SIZE_AT = 48;
    private static final int CRC_AT = 53;
    private static final int[] SPACES_AT = {4, 13, 30, 47, 52};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private ProbeCodec() {
    }

    /**
     * Encodes a probe, padded to its size.
     *
     * @return exactly {@code probe.sizeBytes()} bytes, with no line break
     */
    public static byte[] encode(Probe probe) {
        byte[] out = new byte[probe.sizeBytes()];
        Arrays.fill(out, PADDING);
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        for (int at : SPACES_AT) {
            out[at] = ' ';
        }
        writeHex(out, CLIENT_AT, 8, probe.client());
        writeHex(out, SEQ_AT, 16, probe.seq());
        writeHex(out, SEND_AT, 16, probe.sendNanos());
        writeHex(out, SIZE_AT, 4, probe.sizeBytes());
        writeHex(out, CRC_AT, 8, checksum(out, 0, out.length));
        return out;
    }

    /** Encodes a probe followed by one {@code '\n'}, for newline-framed TCP runs. */
    public static byte[] encodeLine(Probe probe) {
        byte[] message = encode(probe);
        byte[] line = Arrays.copyOf(message, message.length + 1);
        line[message.length] = '\n';
        return line;
    }

    /** Decodes a whole message; never throws on bad content. */
    public static ProbeDecoding decode(byte[] message) {
        return decode(message, 0, message.length);
    }

    /**
     * Decodes one line as {@link #encodeLine} wrote it: a trailing {@code "\n"} or
     * {@code "\r\n"}, if present, is not part of the probe.
     */
    public static ProbeDecoding decodeLine(byte[] line) {
        int length = line.length;
        if (length > 0 && line[length - 1] == '\n') {
            length--;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
        }
        return decode(line, 0, length);
    }

    /**
     * Decodes {@code length} bytes from {@code offset}, for example a {@code DatagramPacket}'s
     * data. Never throws on bad content.
     *
     * @throws IndexOutOfBoundsException if the range is not inside the array (a caller's bug)
     */
    public static ProbeDecoding decode(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return new ProbeDecoding.NotAProbe("empty message");
        }
        for (int i = 0; i < Math.min(length, MAGIC.length); i++) {
            if (upper(buffer[offset + i]) != MAGIC[i]) {
                return new ProbeDecoding.NotAProbe("does not start with NLP1");
            }
        }
        byte[] m = Arrays.copyOfRange(buffer, offset, offset + length);
        if (length < HEADER_BYTES) {
            return new ProbeDecoding.Corrupted("truncated: " + length + " bytes, a probe has at least " + HEADER_BYTES);
        }
        for (int at : SPACES_AT) {
            if (m[at] != ' ') {
                return new ProbeDecoding.Corrupted("malformed header: no space at byte " + at);
            }
        }
        if (hasMixedCase(m)) {
            return new ProbeDecoding.Corrupted("letters of both cases: a case bit was flipped");
        }
        for (int i = CLIENT_AT; i < HEADER_BYTES; i++) {
            if (!isSpaceAt(i) && hexValue(m[i]) < 0) {
                return new ProbeDecoding.Corrupted("malformed header: byte " + i + " is not a hex digit");
            }
        }
        long client = readHex(m, CLIENT_AT, 8);
        long seq = readHex(m, SEQ_AT, 16);
        long sendNanos = readHex(m, SEND_AT, 16);
        long size = readHex(m, SIZE_AT, 4);
        long crc = readHex(m, CRC_AT, 8);
        if (size != length) {
            return new ProbeDecoding.Corrupted("size field says " + size + " bytes but the message has " + length);
        }
        long actual = checksum(m, 0, length);
        if (crc != actual) {
            return new ProbeDecoding.Corrupted(String.format("checksum mismatch: carried %08X, computed %08X", crc, actual));
        }
        if (client > Integer.MAX_VALUE || seq < 0) {
            return new ProbeDecoding.Corrupted("client id or sequence number out of range");
        }
        return new ProbeDecoding.Valid(new Probe((int) client, seq, sendNanos, length));
    }

    private static boolean isSpaceAt(int index) {
        for (int at : SPACES_AT) {
            if (at == index) {
                return true;
            }
        }
        return false;
    }

    /** Reads a field already checked to hold only hex digits. */
    private static long readHex(byte[] m, int at, int digits) {
        long value = 0;
        for (int i = at; i < at + digits; i++) {
            value = (value << 4) | hexValue(m[i]);
        }
        return value;
    }

    /** The digit's value, either case, or -1. */
    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        byte u = upper(b);
        return u >= 'A' && u <= 'F' ? u - 'A' + 10 : -1;
    }

    private static void writeHex(byte[] out, int at, int digits, long value) {
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    /** CRC-32 of the upper-cased message without its checksum field. */
    private static long checksum(byte[] m, int offset, int length) {
        byte[] folded = new byte[length - 8];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            if (i - offset < CRC_AT || i - offset >= CRC_AT + 8) {
                folded[n++] = upper(m[i]);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(folded, 0, n);
        return crc.getValue();
    }

    private static boolean hasMixedCase(byte[] m) {
        boolean upper = false;
        boolean lower = false;
        for (byte b : m) {
            upper |= b >= 'A' && b <= 'Z';
            lower |= b >= 'a' && b <= 'z';
        }
        return upper && lower;
    }

    private static byte upper(byte b) {
        return b >= 'a' && b <= 'z' ? (byte) (b - ('a' - 'A')) : b;
    }
}
