package dev.netlab.simulator.relay.tcp;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link TcpRelay} takes clients from its listening socket without ever leaving one waiting
 * unanswered. Out of file descriptors, {@code accept} fails while the client stays in the kernel's
 * backlog, and the selector reports it again at once: the relay would spin and the client hang. So
 * the door keeps one spare descriptor; out of descriptors, it closes the spare, accepts the client,
 * resets it (SO_LINGER 0) and takes the spare again. Any other accept error, or one the spare cannot
 * cure, pauses accepting for {@link #PAUSE_NANOS} rather than spin. Driven by the relay's loop only.
 */
final class TcpFrontDoor {

    /** How long accepting pauses after an error the spare descriptor did not cure. */
    static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ServerSocketChannel front;
    private final SelectionKey key;
    private final TcpRelayOptions.Sockets sockets;
    private final TcpRelayCounters counters;
    private SocketChannel spare;
    private long resumeAtNanos;
    private boolean paused;

    TcpFrontDoor(ServerSocketChannel front, SelectionKey key, TcpRelayOptions.Sockets sockets,
            TcpRelayCounters counters) {
        this.front = front;
        this.key = key;
        this.sockets = sockets;
        this.counters = counters;
        this.spare = openSpare();
    }

    /**
     * The next client waiting, or null when none can be taken now.
     *
     * @throws ClosedChannelException when the listening socket is gone: the relay cannot go on
     */
    SocketChannel next() throws ClosedChannelException {
        try {
            return sockets.accept(front);
        } catch (ClosedChannelException e) {
            throw e;
        } catch (IOException e) {
            counters.acceptErrors.increment();
            if (!(outOfDescriptors(e) && resetWithSpare())) {
                pause();
            }
            return null;
        }
    }

    /** Whether accept failed for want of file descriptors (EMFILE, ENFILE). */
    static boolean outOfDescriptors(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Too many open files");
    }

    /** @return whether the spare descriptor let a waiting client be accepted and reset */
    private boolean resetWithSpare() {
        if (spare == null) {
            return false;
        }
        TcpRelayLink.close(spare, false);
        spare = null;
        try {
            SocketChannel client = sockets.accept(front);
            if (client != null) {
                TcpRelayLink.close(client, true);
            }
            return true;
        } catch (IOException | RuntimeException again) {
            return false;
        } finally {
            spare = openSpare();
        }
    }

    private void pause() {
        paused = true;
        resumeAtNanos = System.nanoTime() + PAUSE_NANOS;
        if (key.isValid()) {
            key.interestOps(0);
        }
    }

    /** Resumes accepting when the pause is over; returns how many milliseconds it still lasts (0: not paused). */
    long resumeIfDue(long nowNanos) {
        if (!paused) {
            return 0;
        }
        long left = resumeAtNanos - nowNanos;
        if (left > 0) {
            return Math.max(1, TimeUnit.NANOSECONDS.toMillis(left));
        }
        paused = false;
        if (key.isValid()) {
            key.interestOps(SelectionKey.OP_ACCEPT);
        }
        return 0;
    }

    /** Lets the spare descriptor go (the relay is closing). */
    void close() {
        if (spare != null) {
            TcpRelayLink.close(spare, false);
            spare = null;
        }
    }

    private static SocketChannel openSpare() {
        try {
            return SocketChannel.open();
        } catch (IOException | RuntimeException e) {
            return null; // none to spare now: tried again after the next accept error
        }
    }
}
