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

    /** How many bytes are held. */
    long sizeBytes() {
        return sizeBytes;
    }
}
