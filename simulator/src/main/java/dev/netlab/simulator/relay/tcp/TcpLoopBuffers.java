package dev.netlab.simulator.relay.tcp;

import java.nio.ByteBuffer;

/**
 * The buffers a {@link TcpRelay}'s loop reads into, one of each per relay whatever the number of
 * connections, made on first use: the fast path's direct buffer ({@link TcpCopyHalf#BUFFER_BYTES},
 * 128 KiB) and the emulation's heap buffer ({@link TcpEmulatedHalf#READ_BYTES}, 64 KiB). Used by the
 * loop thread only, one connection at a time; so a relay's direct memory does not grow with its
 * connections.
 */
final class TcpLoopBuffers {

    private ByteBuffer copy;
    private ByteBuffer read;

    /** The fast path's direct buffer. */
    ByteBuffer copy() {
        if (copy == null) {
            copy = ByteBuffer.allocateDirect(TcpCopyHalf.BUFFER_BYTES);
        }
        return copy;
    }

    /** The emulation's read buffer (heap: the path copies what it takes from its array). */
    ByteBuffer read() {
        if (read == null) {
            read = ByteBuffer.allocate(TcpEmulatedHalf.READ_BYTES);
        }
        return read;
    }
}
