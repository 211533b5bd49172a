package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The fast path of one direction: bytes are read into a direct buffer and written on as they are,
 * with no emulation. While the destination has not taken the whole buffer, the source is not read,
 * so a slow reader slows the sender down (TCP's own flow control, end to end).
 */
final class TcpCopyHalf extends TcpHalf {

    /** Bytes per read: larger reads mean fewer system calls per byte; allocated on the first read. */
    private static final int BUFFER_BYTES = 128 * 1024;
    /** Reads in a row before the loop looks at other sockets. */
    private static final int BURST = 16;

    private ByteBuffer buffer;
    private boolean pending;
    private long bytesRead;
    private long bytesWritten;

    TcpCopyHalf(SocketChannel source, SocketChannel destination, ByteCounts counters) {
        super(source, destination, counters);
    }

    @Override
    boolean wantsRead() {
        return !sourceEnded && !pending;
    }

    @Override
    boolean wantsWrite() {
        return pending;
    }

    @Override
    void onReadable(long nowNanos) throws IOException {
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(BUFFER_BYTES); // idle connections hold no buffer
        }
        for (int i = 0; i < BURST && wantsRead(); i++) {
            buffer.clear();
            int n = source.read(buffer);
            if (n < 0) {
                sourceEnded = true;
            } else if (n == 0) {
                break;
            } else {
                bytesRead += n;
                counters.received.add(n);
                buffer.flip();
                pending = true;
                onWritable(nowNanos);
            }
        }
        shutWhenDone(!pending);
    }

    @Override
    void onWritable(long nowNanos) throws IOException {
        if (!pending) {
            return;
        }
        int n = destination.write(buffer);
        bytesWritten += n;
        counters.forwarded.add(n);
        pending = buffer.hasRemaining();
        shutWhenDone(!pending);
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
