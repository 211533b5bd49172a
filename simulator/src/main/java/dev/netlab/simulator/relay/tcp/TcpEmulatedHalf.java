package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.tcp.TcpPath;
import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One direction through the TCP emulation: bytes read from the source are offered to the
 * {@link TcpPath}, and what the path delivers, in order, is written to the destination.
 *
 * <p>Flow control end to end: the source is read only while the path's send buffer has room and
 * the bytes delivered but not yet taken by the destination stay under {@link #MAX_UNWRITTEN_BYTES},
 * so a slow sender side or a slow reader blocks the real sender, and the relay holds a bounded
 * number of bytes per direction (the path's send buffer plus that).
 */
final class TcpEmulatedHalf extends TcpHalf {

    /** Bytes per read, at most: the size of the relay loop's shared read buffer. */
    static final int READ_BYTES = 64 * 1024;
    /** Delivered bytes waiting for the destination above which the source is no longer read. */
    static final int MAX_UNWRITTEN_BYTES = 256 * 1024;

    private final TcpPath path;
    /** The relay loop's read buffer, shared by every half (the path copies what it takes). */
    private final ByteBuffer in;
    private final ArrayDeque<ByteBuffer> unwritten = new ArrayDeque<>();
    private long unwrittenBytes;
    private boolean finished;

    TcpEmulatedHalf(SocketChannel source, SocketChannel destination, ByteCounts counters,
            TcpPath path, ByteBuffer in) {
        super(source, destination, counters);
        this.path = path;
        this.in = in;
    }

    @Override
    boolean wantsRead() {
        return !sourceEnded && path.sendWindowBytes() > 0 && unwrittenBytes < MAX_UNWRITTEN_BYTES;
    }

    @Override
    boolean wantsWrite() {
        return unwrittenBytes > 0;
    }

    @Override
    void onReadable(long nowNanos) throws IOException {
        if (!wantsRead()) {
            return;
        }
        in.clear();
        // Never read more than the path takes, so no byte is held outside it.
        in.limit((int) Math.min(READ_BYTES, path.sendWindowBytes()));
        int n = source.read(in);
        if (n < 0) {
            sourceEnded = true;
            if (!finished) {
                finished = true;
                path.finish(nowNanos);
            }
        } else if (n > 0) {
            counters.received.add(n);
            int taken = path.offer(in.array(), 0, n, nowNanos);
            if (taken != n) {
                throw new IllegalStateException("the path took " + taken + " of " + n + " bytes within its window");
            }
        }
        onTimer(nowNanos);
    }

    @Override
    void onWritable(long nowNanos) throws IOException {
        while (!unwritten.isEmpty()) {
            ByteBuffer head = unwritten.peekFirst();
            int n = destination.write(head);
            unwrittenBytes -= n;
            counters.forwarded.add(n);
            if (head.hasRemaining()) {
                return; // the destination's socket buffer is full: wait until it is writable
            }
            unwritten.pollFirst();
        }
        shutWhenDone(finished && path.isDrained());
    }

    /**
     * Writes what the path released as one buffer: segments released together (a hole repaired) reach
     * the destination in one write, so the destination reads them together in every run instead of
     * in splits that depend on thread timing (a server that answers per read would otherwise answer
     * in differently cut replies, and the reverse path would cut different segments).
     */
    @Override
    void onTimer(long nowNanos) throws IOException {
        List<byte[]> released = path.advance(nowNanos);
        if (!released.isEmpty()) {
            int total = 0;
            for (byte[] chunk : released) {
                total += chunk.length;
            }
            ByteBuffer batch = ByteBuffer.allocate(total);
            released.forEach(batch::put);
            unwritten.addLast(batch.flip());
            unwrittenBytes += total;
        }
        onWritable(nowNanos);
    }

    @Override
    long nextEventNanos() {
        return isShut() ? Long.MAX_VALUE : path.nextEventNanos();
    }

    @Override
    TcpPathStats stats() {
        return path.stats();
    }
}
