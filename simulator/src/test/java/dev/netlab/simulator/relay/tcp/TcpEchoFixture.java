package dev.netlab.simulator.relay.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A TCP echo server for tests: each connection's bytes are written back as they arrive, and the
 * end of the client's stream is answered with the end of the server's (shutdownOutput), so a test
 * can see a half-close travel both ways. Closing stops every thread and socket.
 */
final class TcpEchoFixture implements AutoCloseable {

    static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final ServerSocket welcoming;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-tcp-echo");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    TcpEchoFixture() throws IOException {
        welcoming = new ServerSocket();
        welcoming.bind(ANY_LOOPBACK_PORT, 512);
        workers.execute(this::accept);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) welcoming.getLocalSocketAddress();
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = welcoming.accept();
                open.add(socket);
                workers.execute(() -> echo(socket));
            }
        } catch (IOException closed) {
            // the fixture is closing
        }
    }

    private void echo(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
            }
            socket.shutdownOutput();
        } catch (IOException e) {
            // the client reset or the fixture is closing
        } finally {
            open.remove(socket);
        }
    }

    @Override
    public void close() throws IOException {
        welcoming.close();
        for (Socket socket : open) {
            socket.close();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
