package dev.netlab.core.probe;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a TCP byte stream into newline-terminated lines, one instance per connection. TCP keeps
 * no message boundaries, so a read may hold half a probe or three; this collects bytes until a
 * {@code '\n'} and hands back whole lines, to be read with {@link ProbeCodec#decode(byte[])}.
 *
 * <p>A line longer than the limit is handed back in pieces of the limit's size rather than
 * buffered without end; the pieces then decode as corrupted or not-a-probe, so nothing is lost
 * without a trace. Not thread-safe: one reader thread per connection.
 */
public final class LineFramer {

    private final int maxLineBytes;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /**
     * @param maxLineBytes the longest line kept whole, at least 1; for probes
     *     {@link ProbeCodec#MAX_SIZE_BYTES} {@code + 1} keeps even the largest with a {@code '\r'}
     */
    public LineFramer(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("line limit must be at least 1 byte: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Takes the next bytes read from the stream.
     *
     * @return the lines completed by these bytes, without their {@code '\n'} or {@code "\r\n"},
     *     in stream order; empty if none was completed
     */
    public List<byte[]> accept(byte[] chunk, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, chunk.length);
        List<byte[]> lines = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte b = chunk[i];
            if (b == '\n') {
                lines.add(withoutCarriageReturn(pending.toByteArray()));
                pending.reset();
            } else {
                pending.write(b);
                if (pending.size() == maxLineBytes) {
                    lines.add(pending.toByteArray());
                    pending.reset();
                }
            }
        }
        return lines;
    }

    /** Bytes received after the last line break, waiting for the rest of their line. */
    public int pendingBytes() {
        return pending.size();
    }

    private static byte[] withoutCarriageReturn(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }
}
