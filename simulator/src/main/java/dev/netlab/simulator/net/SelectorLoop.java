package dev.netlab.simulator.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;

/**
 * A relay's front: its listening channel, bound and registered with a selector of its own, and the
 * one thread that runs the selector. Both relays start and stop the same way: bind (a port another
 * program holds becomes a {@link PortInUseException}), start the loop, and on close stop the loop
 * before anything it uses is released.
 */
public final class SelectorLoop {

    private static final long JOIN_MILLIS = 5_000;

    private final NetworkChannel front;
    private final Selector selector;
    private final InetSocketAddress listen;
    private Thread thread;
    private volatile boolean closing;

    private SelectorLoop(NetworkChannel front, Selector selector, InetSocketAddress listen) {
        this.front = front;
        this.selector = selector;
        this.listen = listen;
    }

    /** Configures and binds a front channel; it must leave the channel non-blocking. */
    public interface Setup<C> {
        /** Configures {@code channel} and binds it. */
        void bind(C channel) throws IOException;
    }

    /**
     * Binds {@code front} with {@code setup} and registers it for {@code ops} with a new selector
     * (attachment null); the channel is closed if anything fails.
     *
     * @throws PortInUseException if another program holds the port of {@code listen}
     */
    public static <C extends SelectableChannel & NetworkChannel> SelectorLoop open(C front, InetSocketAddress listen,
            int ops, Setup<C> setup) throws IOException {
        Selector selector = null;
        try {
            setup.bind(front);
            selector = Selector.open();
            front.register(selector, ops, null);
        } catch (BindException e) {
            front.close();
            throw new PortInUseException(listen, e);
        } catch (IOException | RuntimeException e) {
            front.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
        return new SelectorLoop(front, selector, listen);
    }

    /** Starts the loop thread, named {@code name} and the bound port; {@code body} runs until {@link #closing()}. */
    public void start(String name, Runnable body) {
        thread = new Thread(body, name + "-" + address().getPort());
        thread.setDaemon(true);
        thread.start();
    }

    /** The selector the front and every other socket of the relay are registered with. */
    public Selector selector() {
        return selector;
    }

    /** Whether the relay is closing: the loop should return. */
    public boolean closing() {
        return closing;
    }

    /** The bound address, with the real port when bound to port 0. */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) front.getLocalAddress();
        } catch (IOException e) {
            return listen;
        }
    }

    /**
     * Stops the loop thread (waiting up to 5 s), runs {@code release} (the relay's timers and client
     * sockets), then closes the front channel and the selector.
     */
    public void close(Runnable release) {
        closing = true;
        selector.wakeup();
        if (thread != null) {
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        release.run();
        closeQuietly(front);
        closeQuietly(selector);
    }

    /** Closes a socket or selector, ignoring a failure: it is being given up anyway. */
    public static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
