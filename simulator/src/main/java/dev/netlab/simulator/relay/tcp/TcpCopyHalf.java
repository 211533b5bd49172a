package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The fast path of one direction: bytes are read into the relay's one direct buffer and written on
 * at once, with no emulation. What the destination does not take at once is copied into a heap
 * buffer of just that size, and while it waits the source is not read, so a slow reader slows the
 * sender down (TCP's own flow control, end to end).
 *
 * <p>Memory: no direct buffer per connection (the relay's loop shares one of {@link #BUFFER_BYTES});
 * a connection holds heap bytes only while its destination is full, at most {@link #BUFFER_BYTES}
 * per direction.
 */
final class TcpCopyHalf extends TcpHalf {

    /** Bytes per read: larger reads mean fewer system calls per byte. */
    static final int BUFFER_BYTES = 128 * 1024;
    /** Reads in a row before the loop looks at other sockets. */
    private static final int BURST = 16;

    private final ByteBuffer shared;
    private ByteBuffer pending;
    private long bytesRead;
    private long bytesWritten;

    /**
     * @param shared the relay loop's direct buffer of {@link #BUFFER_BYTES}, used by one half at a time
     */
    TcpCopyHalf(SocketChannel source, SocketChannel destination, ByteCounts counters, ByteBuffer shared) {
        super(source, destination, counters);
        this.shared = shared;
    }

    @Override
    boolean wantsRead() {
        return !sourceEnded && pending == null;
    }

    @Override
    boolean wantsWrite() {
        return pending != null;
    }

    @Override
    void onReadable(long nowNanos) throws IOException {
        for (int i = 0; i < BURST && wantsRead(); i++) {
            shared.clear();
            int n = source.read(shared);
            if (n < 0) {
                sourceEnded = true;
            } else if (n == 0) {
                break;
            } else {
                bytesRead += n;
                counters.received.add(n);
                shared.flip();
                write(shared);
                if (shared.hasRemaining()) {
                    // the destination is full: keep what it did not take, sized to need
                    pending = ByteBuffer.allocate(shared.remaining()).put(shared).flip();
                }
            }
        }
        shutWhenDone(pending == null);
    }

    @Override
    void onWritable(long nowNanos) throws IOException {
        if (pending == null) {
            return;
        }
        write(pending);
        if (!pending.hasRemaining()) {
            pending = null;
        }
        shutWhenDone(pending == null);
    }

    private void write(ByteBuffer bytes) throws IOException {
        int n = destination.write(bytes);
        bytesWritten += n;
        counters.forwarded.add(n);
    }

    @Override
    void onTimer(long nowNanos) {
        // nothing is emulated
    }

    @Override
    long nextEventNanos() {
        return Long.MAX_VALUE;
    }

    @Override
    TcpPathStats stats() {
        return TcpConnectionStats.copied(bytesRead, bytesWritten);
    }
}
