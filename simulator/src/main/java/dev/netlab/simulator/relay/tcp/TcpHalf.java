package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * One direction of a relayed connection: reads its source socket and writes its destination
 * socket, either by plain copying ({@link TcpCopyHalf}) or through the TCP emulation
 * ({@link TcpEmulatedHalf}). Driven by the relay's loop thread only, under the connection's lock.
 *
 * <p>The end of the source's stream travels on once every byte before it was written: the
 * destination's output is shut down ({@link #isShut()}), so the peer reads EOF and may still reply.
 */
abstract sealed class TcpHalf permits TcpCopyHalf, TcpEmulatedHalf {

    final SocketChannel source;
    final SocketChannel destination;
    final ByteCounts counters;
    boolean sourceEnded;
    private boolean shut;

    TcpHalf(SocketChannel source, SocketChannel destination, ByteCounts counters) {
        this.source = source;
        this.destination = destination;
        this.counters = counters;
    }

    /** Whether the source should be read now (false while bytes wait for the destination or the window). */
    abstract boolean wantsRead();

    /** Whether bytes wait for the destination to accept them. */
    abstract boolean wantsWrite();

    /** Reads what the source has and passes it on. */
    abstract void onReadable(long nowNanos) throws IOException;

    /** Writes what waits for the destination. */
    abstract void onWritable(long nowNanos) throws IOException;

    /** Runs the emulation's due events, at the virtual time {@code nowNanos}. */
    abstract void onTimer(long nowNanos) throws IOException;

    /** When {@link #onTimer} next has work, on the relay's virtual clock; {@link Long#MAX_VALUE} for never. */
    abstract long nextEventNanos();

    /** A snapshot of what this direction did. */
    abstract TcpPathStats stats();

    /** Whether the end of the stream reached the destination (its output is shut down). */
    final boolean isShut() {
        return shut;
    }

    /** Shuts down the destination's output once the source ended and nothing is left to pass on. */
    final void shutWhenDone(boolean nothingLeft) throws IOException {
        if (sourceEnded && nothingLeft && !shut) {
            shut = true;
            destination.shutdownOutput();
        }
    }
}
