package dev.netlab.simulator.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A relay's front: its listening channel, bound and registered with a selector of its own, and the
 * one thread that runs the selector. Both relays start and stop the same way: bind (a port another
 * program holds becomes a {@link PortInUseException}), start the loop, and on close stop the loop
 * before anything it uses is released.
 *
 * <p>A loop must never die silently: an error in one turn is caught by the relay, counted and the
 * loop goes on ({@link #survives(Throwable)}); when it truly cannot go on (its selector or front
 * socket gone, {@value #MAX_ERRORS_IN_A_ROW} errors in a row) it ends and {@link #failure()}
 * completes with one line saying why, so whoever runs the relay can stop rather than serve no one.
 */
public final class SelectorLoop {

    private static final long JOIN_MILLIS = 5_000;
    /** Unexpected errors in consecutive turns after which a loop gives up: nothing is being served any more. */
    public static final int MAX_ERRORS_IN_A_ROW = 100;
    /** Made up front: when the heap is full, no message can be built. */
    private static final String OUT_OF_MEMORY = "the relay's loop stopped: out of memory";

    private final NetworkChannel front;
    private final Selector selector;
    private final InetSocketAddress listen;
    private Thread thread;
    private volatile boolean closing;
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private int errorsInARow;

    static {
        // The JDK loads what closing a selector needs on the first close, and loading it opens a file
        // descriptor: out of descriptors, the stop would then fail (ExceptionInInitializerError, then
        // NoClassDefFoundError) and leave sockets open. One close now loads it while descriptors are free.
        try {
            Selector.open().close();
        } catch (IOException e) {
            // out of descriptors already: the relay's own open fails next and says so
        }
    }

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

    /**
     * Starts the loop thread, named {@code name} and the bound port; {@code body} runs until
     * {@link #closing()}. If it returns or throws before that, the relay has failed.
     */
    public void start(String name, Runnable body) {
        String threadName = name + "-" + address().getPort();
        thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) { // the loop's own guard let it through: the relay cannot go on
                failSafely(threadName, t);
            } finally {
                failSafely(threadName, null);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Records the loop's end unless it was closed, with a fixed line when even the message cannot be made (out of memory). */
    private void failSafely(String threadName, Throwable error) {
        try {
            fail(threadName + " stopped" + (error == null ? " unexpectedly" : ": " + describe(error)));
        } catch (Throwable noMemory) {
            fail(OUT_OF_MEMORY);
        }
    }

    /**
     * Counts an unexpected error of one turn of the loop; call {@link #turnDone()} after each turn
     * that went through.
     *
     * @return whether the loop may go on: false once {@value #MAX_ERRORS_IN_A_ROW} turns in a row failed
     */
    public boolean survives(Throwable error) {
        return ++errorsInARow < MAX_ERRORS_IN_A_ROW;
    }

    /** A turn of the loop went through: the count of errors in a row starts again. */
    public void turnDone() {
        errorsInARow = 0;
    }

    /** Records that the relay cannot go on, with one line saying why; the first reason is kept. */
    public void fail(String reason) {
        if (!closing) {
            failure.complete(reason);
        }
    }

    /**
     * Completes with one line saying why the loop stopped when it stopped before {@link #close};
     * never completes while the relay serves or after an orderly close.
     */
    public CompletionStage<String> failure() {
        return failure.minimalCompletionStage();
    }

    /** An error as one line: its type and message, no stack trace. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
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
