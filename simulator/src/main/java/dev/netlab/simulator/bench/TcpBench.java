package dev.netlab.simulator.bench;

import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures TCP on loopback, each time directly and through a transparent {@link TcpProxy} (the relay's
 * fast path), in the same run: single-stream throughput and the round-trip time of a small
 * ping-pong.
 */
public final class TcpBench {

    private static final InetSocketAddress LOOPBACK_ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final int CHUNK_BYTES = 256 * 1024;

    private TcpBench() {
    }

    /**
     * Throughput direct and through the relay, each the median of its rounds.
     *
     * @param directBytesPerSecond median over the direct rounds
     * @param relayBytesPerSecond median over the relay rounds
     * @param ratio median of each round's relay/direct ratio: a round's two runs are next to each
     *        other in time, so they share the machine's load, which a shared machine changes a lot
     */
    public record Throughput(double directBytesPerSecond, double relayBytesPerSecond, double ratio) {
    }

    /**
     * One sender writing as fast as it can to a receiver that only counts, in {@code rounds}
     * rounds of a direct run followed by a run through the relay.
     *
     * @param perRun how long each run sends
     */
    public static Throughput throughput(Duration perRun, int rounds) throws IOException, InterruptedException {
        double[] direct = new double[rounds];
        double[] relayed = new double[rounds];
        double[] ratios = new double[rounds];
        try (Peer sink = Peer.start(Peer::count);
                TcpProxy relay = TcpProxy.start(ProxySpec.of(LOOPBACK_ANY_PORT, sink.address()))) {
            for (int i = 0; i < rounds; i++) {
                direct[i] = stream(sink, sink.address(), perRun);
                relayed[i] = stream(sink, relay.address(), perRun);
                ratios[i] = relayed[i] / direct[i];
            }
        }
        return new Throughput(median(direct), median(relayed), median(ratios));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double stream(Peer sink, InetSocketAddress to, Duration duration) throws IOException, InterruptedException {
        long before = sink.bytes.get();
        ByteBuffer out = ByteBuffer.allocateDirect(CHUNK_BYTES);
        long start;
        try (SocketChannel sender = SocketChannel.open(to)) {
            start = System.nanoTime();
            long end = start + duration.toNanos();
            while (System.nanoTime() - end < 0) {
                out.clear();
                sender.write(out);
            }
            sender.shutdownOutput();
            sink.awaitEnd(before, sender);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return (sink.bytes.get() - before) / seconds;
    }

    /**
     * Ping-pong of {@code sizeBytes} messages over one TCP connection (TCP_NODELAY) to an echo: one in flight.
     *
     * @param roundTrips measured round trips, after as many again to warm up
     */
    public static UdpBench.Pair<LatencySample> pingPong(int sizeBytes, int roundTrips)
            throws IOException, InterruptedException {
        int blocks = 4; // direct and relay take turns, so a burst of load elsewhere hits both alike
        int perBlock = Math.max(1, roundTrips / blocks);
        long[] direct = new long[perBlock * blocks];
        long[] relayed = new long[perBlock * blocks];
        try (Peer echo = Peer.start(Peer::echo);
                TcpProxy relay = TcpProxy.start(ProxySpec.of(LOOPBACK_ANY_PORT, echo.address()))) {
            for (int b = 0; b < blocks; b++) {
                pingPong(echo.address(), sizeBytes, perBlock, direct, b * perBlock);
                pingPong(relay.address(), sizeBytes, perBlock, relayed, b * perBlock);
            }
        }
        return new UdpBench.Pair<>(LatencySample.ofNanos(direct, direct.length),
                LatencySample.ofNanos(relayed, relayed.length));
    }

    /** Measures {@code roundTrips} round trips into {@code rtts} from {@code at}, after as many to warm up. */
    private static void pingPong(InetSocketAddress to, int sizeBytes, int roundTrips, long[] rtts, int at)
            throws IOException {
        try (SocketChannel channel = SocketChannel.open(to)) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            ByteBuffer out = ByteBuffer.allocateDirect(sizeBytes);
            ByteBuffer in = ByteBuffer.allocateDirect(sizeBytes);
            int measured = at;
            for (int i = 0; i < 2 * roundTrips; i++) {
                out.clear();
                in.clear();
                long start = System.nanoTime();
                while (out.hasRemaining()) {
                    channel.write(out);
                }
                while (in.hasRemaining()) {
                    if (channel.read(in) < 0) {
                        throw new IOException("the echo closed the connection");
                    }
                }
                long rtt = System.nanoTime() - start;
                if (i >= roundTrips) {
                    rtts[measured++] = rtt;
                }
            }
        }
    }

    /** A one-connection-at-a-time server for the bench: a counting sink or an echo. */
    private static final class Peer implements AutoCloseable {
        final ServerSocketChannel welcoming;
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong ends = new AtomicLong();
        final Thread thread;

        interface Serve {
            void serve(Peer peer, SocketChannel connection) throws IOException;
        }

        private Peer(Serve serve) throws IOException {
            welcoming = ServerSocketChannel.open();
            welcoming.bind(LOOPBACK_ANY_PORT);
            thread = new Thread(() -> {
                try {
                    while (true) {
                        try (SocketChannel connection = welcoming.accept()) {
                            connection.setOption(StandardSocketOptions.TCP_NODELAY, true);
                            serve.serve(this, connection);
                        } catch (IOException reset) {
                            if (!welcoming.isOpen()) {
                                return;
                            }
                        }
                        synchronized (this) {
                            ends.incrementAndGet();
                            notifyAll();
                        }
                    }
                } finally {
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }, "netlab-bench-tcp-peer");
            thread.setDaemon(true);
            thread.start();
        }

        static Peer start(Serve serve) throws IOException {
            return new Peer(serve);
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) welcoming.getLocalAddress();
        }

        void count(SocketChannel connection) throws IOException {
            ByteBuffer in = ByteBuffer.allocateDirect(CHUNK_BYTES);
            int n;
            while ((n = connection.read(in)) >= 0) {
                bytes.addAndGet(n);
                in.clear();
            }
        }

        void echo(SocketChannel connection) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
            while (connection.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    connection.write(buffer);
                }
                buffer.clear();
            }
        }

        /** Waits (at most 10 s) until the connection that started after {@code before} bytes was read to its end. */
        synchronized void awaitEnd(long before, SocketChannel sender) throws InterruptedException {
            long endsBefore = ends.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (ends.get() == endsBefore && System.nanoTime() - deadline < 0) {
                wait(100);
            }
        }

        @Override
        public void close() throws IOException {
            welcoming.close();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
