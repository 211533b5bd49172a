package dev.netlab.simulator.server;

import dev.netlab.simulator.net.Binding;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.core.ServerMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lecture notes' TCP server: a welcoming socket, and one connection socket per client.
 *
 * <p>Each connection is answered chunk by chunk as bytes arrive, so it serves both a
 * newline-framed conversation (many lines on one connection) and the notes' one-shot clients (one
 * send, one recv, close). A connection ends when the client closes it.
 */
public final class TcpServer implements AutoCloseable {

    private static final int BACKLOG = 128;
    /** Connections served at once in threads mode unless told otherwise; more are refused (closed) and counted. */
    public static final int DEFAULT_MAX_THREADS = 200;
    private static final int CHUNK_BYTES = 8192;

    private final ServerSocket welcoming;
    private final ServerMode mode;
    private final Thread acceptor;
    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean closing;

    private TcpServer(ServerSocket welcoming, ServerMode mode, Concurrency concurrency, int maxThreads) {
        this.welcoming = welcoming;
        this.mode = mode;
        int port = welcoming.getLocalPort();
        this.acceptor = new Thread(this::acceptLoop, "netlab-tcp-server-" + port);
        this.acceptor.setDaemon(true);
        AtomicInteger number = new AtomicInteger();
        // A bounded pool with no queue: a connection beyond maxThreads is closed at once and counted,
        // never left waiting unanswered and never a thread more (one per connection used to grow to
        // the system's thread limit, where the accept thread died).
        this.workers = concurrency == Concurrency.THREADS
                ? new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                    Thread t = new Thread(task, "netlab-tcp-server-" + port + "-conn-" + number.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                })
                : null;
    }

    /**
     * Binds and starts accepting.
     *
     * @param bind where to listen; port 0 picks a free port
     * @throws PortInUseException if another program holds the port
     */
    public static TcpServer start(InetSocketAddress bind, ServerMode mode, Concurrency concurrency) throws IOException {
        return start(bind, mode, concurrency, DEFAULT_MAX_THREADS);
    }

    /**
     * Binds and starts accepting, serving at most {@code maxThreads} connections at once in threads mode.
     *
     * @param maxThreads 1 to 10 000; ignored when iterative
     * @throws PortInUseException if the address cannot be bound
     */
    public static TcpServer start(InetSocketAddress bind, ServerMode mode, Concurrency concurrency, int maxThreads)
            throws IOException {
        if (maxThreads < 1 || maxThreads > 10_000) {
            throw new IllegalArgumentException("max connections must be between 1 and 10000: " + maxThreads);
        }
        TcpServer server = new TcpServer(Binding.tcp(bind, BACKLOG), mode, concurrency, maxThreads);
        server.acceptor.start();
        return server;
    }

    /** The welcoming socket's address, with the real port when started on port 0. */
    public InetSocketAddress address() {
        return (InetSocketAddress) welcoming.getLocalSocketAddress();
    }

    /** Connections refused because every thread was busy (threads mode) or none could be started. */
    public long refused() {
        return refused.get();
    }

    /** Connections accepted so far. */
    public long accepted() {
        return accepted.get();
    }

    private void acceptLoop() {
        try {
            while (!closing) {
                Socket connection;
                try {
                    connection = welcoming.accept();
                } catch (IOException e) {
                    if (closing) {
                        return;
                    }
                    // A client that reset before accept, or no file descriptor left: not the server's
                    // end. A short pause keeps a persistent failure from spinning a core.
                    pause();
                    continue;
                }
                accepted.incrementAndGet();
                open.add(connection);
                if (closing) {
                    // close() may have swept the open sockets just before this one was added
                    closeQuietly(connection);
                    return;
                }
                if (workers == null) {
                    serve(connection);
                } else {
                    hand(connection);
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    /** Gives a connection a thread, or closes it and counts it when none is free or can be made. */
    private void hand(Socket connection) {
        try {
            workers.execute(() -> serve(connection));
        } catch (RejectedExecutionException | OutOfMemoryError e) {
            // Every thread is busy, or the system has no thread left: refuse this one, keep accepting.
            refused.incrementAndGet();
            open.remove(connection);
            closeQuietly(connection);
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            byte[] buffer = new byte[CHUNK_BYTES + 4];
            int carried = 0;
            int n;
            while ((n = in.read(buffer, carried, CHUNK_BYTES)) != -1) {
                int length = carried + n;
                // Upper-casing needs whole characters; one split across two reads waits for the rest.
                int complete = mode == ServerMode.ECHO ? length : Utf8Boundary.completePrefix(buffer, length);
                out.write(mode.reply(Arrays.copyOf(buffer, complete)));
                carried = length - complete;
                System.arraycopy(buffer, complete, buffer, 0, carried);
            }
            if (carried > 0) {
                out.write(mode.reply(Arrays.copyOf(buffer, carried)));
            }
        } catch (IOException | RuntimeException e) {
            // A client that resets or vanishes ends its own connection, never the server.
        } finally {
            open.remove(connection);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Blocks until the server has stopped accepting. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Closes the welcoming socket and every connection socket, and stops every thread. */
    @Override
    public void close() {
        closing = true;
        try {
            welcoming.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(TcpServer::closeQuietly);
        try {
            acceptor.join(5_000);
            if (workers != null) {
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
