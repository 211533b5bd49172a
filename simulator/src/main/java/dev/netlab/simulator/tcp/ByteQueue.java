package dev.netlab.simulator.tcp;

import java.util.ArrayDeque;

/** Bytes accepted from the source and not yet cut into segments: a FIFO of copied chunks. */
final class ByteQueue {

    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private int headOffset;
    private long sizeBytes;

    /** Copies the bytes in; the caller may reuse its array. */
    void append(byte[] data, int off, int len) {
        if (len > 0) {
            byte[] copy = new byte[len];
            System.arraycopy(data, off, copy, 0, len);
            chunks.addLast(copy);
            sizeBytes += len;
        }
    }

    /** Removes and returns the first {@code n} bytes; {@code n} must not exceed {@link #sizeBytes()}. */
    byte[] take(int n) {
        if (n > sizeBytes) {
            throw new IllegalArgumentException("cannot take " + n + "B from " + sizeBytes + "B");
        }
        byte[] out = new byte[n];
        int filled = 0;
        while (filled < n) {
            byte[] head = chunks.peekFirst();
            int count = Math.min(n - filled, head.length - headOffset);
            System.arraycopy(head, headOffset, out, filled, count);
            filled += count;
            headOffset += count;
            if (headOffset == head.length) {
                chunks.removeFirst();
                headOffset = 0;
            }
        }
        sizeBytes -= n;
        return out;
    }

    /**
     * How many bytes the next segment takes: at most {@code mssBytes}; by line, up to and including the
     * first {@code '\n'}, and none while a line shorter than an MSS is incomplete, unless {@code flush}
     * (the source finished). So with lines the cut depends on the bytes alone, not on how reads split
     * them or how many lines waited for the window.
     */
    int nextSegmentBytes(long mssBytes, boolean byLine, boolean flush) {
        int most = (int) Math.min(mssBytes, sizeBytes);
        if (!byLine || most == 0) {
            return most;
        }
        int line = lengthThrough((byte) '\n', most);
        return line > 0 ? line : most == mssBytes || flush ? most : 0;
    }

    /**
     * How many bytes from the head up to and including the first {@code delimiter}, looking at most
     * {@code limit} bytes; -1 when there is none within them.
     */
    private int lengthThrough(byte delimiter, int limit) {
        int seen = 0;
        int offset = headOffset;
        for (byte[] chunk : chunks) {
            for (int i = offset; i < chunk.length && seen < limit; i++) {
                seen++;
                if (chunk[i] == delimiter) {
                    return seen;
                }
            }
            if (seen >= limit) {
                return -1;
            }
            offset = 0;
        }
        return -1;
    }

    /** How many bytes are held. */
    long sizeBytes() {
        return sizeBytes;
    }
}
