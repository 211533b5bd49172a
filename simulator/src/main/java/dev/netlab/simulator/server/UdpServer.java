package dev.netlab.simulator.server;

import dev.netlab.simulator.net.Binding;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.core.ServerMode;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lecture notes' UDP server: one socket serves every client and each reply goes to the
 * address its datagram came from.
 *
 * <pre>{@code
 * try (UdpServer server = UdpServer.start(new InetSocketAddress("127.0.0.1", 0), ServerMode.UPPER)) {
 *     InetSocketAddress where = server.address();
 *     ...
 * }
 * }</pre>
 *
 * <p>Unlike the notes' 2048-byte buffer, it reads up to 65 535 bytes so nothing is truncated, and
 * one bad datagram (empty, not UTF-8, too big to answer) is counted and never stops it.
 */
public final class UdpServer implements AutoCloseable {

    /** Larger than any UDP payload (65 507 bytes over IPv4), so no datagram is cut short. */
    private static final int MAX_DATAGRAM_BYTES = 65_535;

    private final DatagramSocket socket;
    private final ServerMode mode;
    private final Thread thread;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong replied = new AtomicLong();
    private volatile boolean closing;

    private UdpServer(DatagramSocket socket, ServerMode mode) {
        this.socket = socket;
        this.mode = mode;
        this.thread = new Thread(this::serve, "netlab-udp-server-" + socket.getLocalPort());
        this.thread.setDaemon(true);
    }

    /**
     * Binds and starts serving.
     *
     * @param bind where to listen; port 0 picks a free port
     * @throws PortInUseException if another program holds the port
     */
    public static UdpServer start(InetSocketAddress bind, ServerMode mode) throws IOException {
        UdpServer server = new UdpServer(Binding.udp(bind), mode);
        server.thread.start();
        return server;
    }

    /** The address the server is bound to, with the real port when started on port 0. */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Datagrams received so far. */
    public long received() {
        return received.get();
    }

    /** Replies sent so far. */
    public long replied() {
        return replied.get();
    }

    private void serve() {
        byte[] buffer = new byte[MAX_DATAGRAM_BYTES];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            while (!closing) {
                packet.setData(buffer);
                try {
                    socket.receive(packet);
                } catch (SocketException e) {
                    if (closing || socket.isClosed()) {
                        return;
                    }
                    continue; // a failed receive: the next one may work
                }
                received.incrementAndGet();
                try {
                    byte[] reply = mode.reply(Arrays.copyOfRange(buffer, packet.getOffset(), packet.getOffset() + packet.getLength()));
                    socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                    replied.incrementAndGet();
                } catch (IOException | RuntimeException oneBadDatagram) {
                    // A reply that cannot be sent must not stop the server for everyone else.
                }
            }
        } catch (IOException e) {
            // the socket failed or was closed: the server is over
        } finally {
            stopped.countDown();
        }
    }

    /** Blocks until the server has stopped. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops serving and releases the socket and the thread. */
    @Override
    public void close() {
        closing = true;
        socket.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
