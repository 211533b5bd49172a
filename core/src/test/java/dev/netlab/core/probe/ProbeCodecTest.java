package dev.netlab.core.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProbeCodecTest {

    private static final Probe SAMPLE = new Probe(42, 7, -123_456_789_012L, 80);

    @Test
    void roundTripsAtTheLabsMessageSizes() {
        for (int size : new int[] {ProbeCodec.HEADER_BYTES, 64, 160, 1200, ProbeCodec.MAX_SIZE_BYTES}) {
            Probe probe = new Probe(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, size);
            byte[] bytes = ProbeCodec.encode(probe);
            // Extreme field values at every size: nothing is cut off or sign-mangled.
            assertEquals(size, bytes.length);
            assertEquals(new ProbeDecoding.Valid(probe), ProbeCodec.decode(bytes));
        }
    }

    @Test
    void survivesAnUpperServerByteForByte() {
        byte[] bytes = ProbeCodec.encode(SAMPLE);
        byte[] reply = ServerMode.UPPER.reply(bytes);
        // Upper-casing is the identity on the format, so the reply is the very same probe.
        assertArrayEquals(bytes, reply);
        assertEquals(new ProbeDecoding.Valid(SAMPLE), ProbeCodec.decode(reply));
    }

    @Test
    void decodesAMessageWhoseLettersWereAllLowerCased() {
        String text = new String(ProbeCodec.encode(SAMPLE), StandardCharsets.US_ASCII);
        byte[] lower = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        // The sample has hex letters (negative sendNanos) and the magic, so the case really changed.
        assertFalse(Arrays.equals(lower, ProbeCodec.encode(SAMPLE)));
        assertEquals(new ProbeDecoding.Valid(SAMPLE), ProbeCodec.decode(lower));
    }

    @Test
    void everySingleBitFlipIsDetected() {
        byte[] bytes = ProbeCodec.encode(SAMPLE);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            ProbeDecoding decoded = ProbeCodec.decode(flipped);
            // Any Valid result here would be a damaged message taken for a good one.
            assertFalse(decoded instanceof ProbeDecoding.Valid, "bit " + bit + " went unnoticed");
        }
    }

    @Test
    void noSingleBitFlipCanTurnAByteIntoALineBreak() {
        Random random = new Random(4737);
        for (int n = 0; n < 200; n++) {
            Probe probe = new Probe(random.nextInt(Integer.MAX_VALUE), random.nextLong() & Long.MAX_VALUE,
                    random.nextLong(), 64 + random.nextInt(100));
            for (byte b : ProbeCodec.encode(probe)) {
                for (int bit = 0; bit < 8; bit++) {
                    int flipped = (b ^ (1 << bit)) & 0xFF;
                    // Random fields cover every hex digit, so every byte the encoder writes is checked.
                    assertTrue(flipped != '\n' && flipped != '\r', "byte " + (char) b + " is one flip from a line break");
                }
            }
        }
    }

    @Test
    void encodedLineEndsInItsOnlyNewlineAndDecodesBack() {
        byte[] line = ProbeCodec.encodeLine(SAMPLE);
        long newlines = new String(line, StandardCharsets.US_ASCII).chars().filter(c -> c == '\n').count();
        // Exactly one newline, at the end: the frame cannot be split inside the probe.
        assertEquals(1, newlines);
        assertEquals('\n', line[line.length - 1]);
        assertEquals(new ProbeDecoding.Valid(SAMPLE), ProbeCodec.decodeLine(line));
        byte[] crlf = Arrays.copyOf(line, line.length + 1);
        crlf[line.length - 1] = '\r';
        crlf[line.length] = '\n';
        assertEquals(new ProbeDecoding.Valid(SAMPLE), ProbeCodec.decodeLine(crlf));
    }

    @Test
    void rejectsASizeBelowTheHeaderAndNamesTheMinimum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Probe(1, 1, 0, 40));
        // The user learns both what they asked for and the smallest size that works.
        assertTrue(e.getMessage().contains(String.valueOf(ProbeCodec.HEADER_BYTES)), e.getMessage());
        assertTrue(e.getMessage().contains("40"), e.getMessage());
    }

    @Test
    void emptyAndForeignBytesAreNotAProbe() {
        assertInstanceOf(ProbeDecoding.NotAProbe.class, ProbeCodec.decode(new byte[0]));
        // Plain text from a student's client must be told apart from a damaged probe.
        assertInstanceOf(ProbeDecoding.NotAProbe.class,
                ProbeCodec.decode("hello world".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void everyTruncationIsCorruptedNotValid() {
        byte[] bytes = ProbeCodec.encode(SAMPLE);
        for (int length = 1; length < bytes.length; length++) {
            // Each prefix starts like a probe, so it must be reported as damaged, never valid.
            assertInstanceOf(ProbeDecoding.Corrupted.class, ProbeCodec.decode(bytes, 0, length), "length " + length);
        }
    }

    @Test
    void anExtendedMessageIsCorrupted() {
        byte[] longer = Arrays.copyOf(ProbeCodec.encode(SAMPLE), SAMPLE.sizeBytes() + 1);
        longer[SAMPLE.sizeBytes()] = '.';
        // The size field disagrees with the length, as when two datagrams' bytes run together.
        assertInstanceOf(ProbeDecoding.Corrupted.class, ProbeCodec.decode(longer));
    }

    @Test
    void randomGarbageNeverThrows() {
        Random random = new Random(3550);
        byte[] header = Arrays.copyOf(ProbeCodec.encode(SAMPLE), ProbeCodec.HEADER_BYTES);
        for (int n = 0; n < 20_000; n++) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            if (n % 2 == 0) {
                // Half start with a real header, so the deeper checks are reached too.
                System.arraycopy(header, 0, garbage, 0, Math.min(header.length, garbage.length));
            }
            ProbeDecoding decoded = ProbeCodec.decode(garbage);
            // Reaching this line for every input is the point: a bad datagram cannot kill a relay.
            assertFalse(decoded instanceof ProbeDecoding.Valid);
        }
    }

    @Test
    void decodesAProbeInsideALargerBuffer() {
        byte[] bytes = ProbeCodec.encode(SAMPLE);
        byte[] buffer = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, buffer, 5, bytes.length);
        // A DatagramPacket hands over an offset and a length, not a trimmed array.
        assertEquals(new ProbeDecoding.Valid(SAMPLE), ProbeCodec.decode(buffer, 5, bytes.length));
    }
}
