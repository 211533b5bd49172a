package dev.netlab.simulator.bench;

import dev.netlab.core.ServerMode;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.UdpProxy;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures UDP on loopback, each time directly and through a transparent {@link UdpProxy} (the relay's direct path),
 * in the same run so the two can be compared: ping-pong round-trip time, loss at a fixed packet
 * rate, and delivered packets per second under flood.
 */
public final class UdpBench {

    private static final InetSocketAddress LOOPBACK_ANY_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final int BUFFER_BYTES = 4 << 20;

    private UdpBench() {
    }

    /** The same measurement direct and through the relay. */
    public record Pair<T>(T direct, T relay) {
    }

    /**
     * Ping-pong of {@code sizeBytes} datagrams to an echo server: one in flight at a time.
     *
     * @param roundTrips measured round trips, after as many again to warm up
     */
    public static Pair<LatencySample> pingPong(int sizeBytes, int roundTrips) throws IOException {
        try (UdpServer echo = UdpServer.start(LOOPBACK_ANY_PORT, ServerMode.ECHO)) {
            LatencySample direct = pingPong(echo.address(), sizeBytes, roundTrips);
            try (UdpProxy relay = UdpProxy.start(ProxySpec.of(LOOPBACK_ANY_PORT, echo.address()))) {
                return new Pair<>(direct, pingPong(relay.address(), sizeBytes, roundTrips));
            }
        }
    }

    private static LatencySample pingPong(InetSocketAddress to, int sizeBytes, int roundTrips) throws IOException {
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(LOOPBACK_ANY_PORT);
            channel.connect(to);
            channel.socket().setSoTimeout(1_000);
            ByteBuffer out = ByteBuffer.allocateDirect(sizeBytes);
            DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
            long[] rtts = new long[roundTrips];
            int measured = 0;
            for (int i = 0; i < 2 * roundTrips; i++) {
                out.clear();
                long start = System.nanoTime();
                channel.write(out);
                try {
                    // A blocking read, like the lecture notes' clients: the client's own wake-up is
                    // part of both paths, so the difference is the relay's cost.
                    channel.socket().receive(packet);
                } catch (SocketTimeoutException lost) {
                    continue; // a lost round trip is not a latency
                }
                long rtt = System.nanoTime() - start;
                if (i >= roundTrips) {
                    rtts[measured++] = rtt;
                }
            }
            return LatencySample.ofNanos(rtts, measured);
        }
    }

    /**
     * Loss at a fixed rate.
     *
     * @param packetsPerSecond paced send rate
     * @param duration         how long to send
     * @return loss percent, direct and through the relay
     */
    public static Pair<Double> lossAtRate(int sizeBytes, int packetsPerSecond, Duration duration) throws IOException, InterruptedException {
        long intervalNanos = 1_000_000_000L / packetsPerSecond;
        return measureIntoSink(sizeBytes, duration, intervalNanos, (sent, received, seconds) ->
                sent == 0 ? Double.NaN : 100.0 * (sent - received) / sent);
    }

    /** Delivered packets per second when a sender sends as fast as it can. */
    public static Pair<Double> flood(int sizeBytes, Duration duration) throws IOException, InterruptedException {
        return measureIntoSink(sizeBytes, duration, 0, (sent, received, seconds) -> received / seconds);
    }

    private interface Outcome {
        double of(long sent, long received, double seconds);
    }

    private static Pair<Double> measureIntoSink(int sizeBytes, Duration duration, long intervalNanos, Outcome outcome)
            throws IOException, InterruptedException {
        try (Sink sink = new Sink()) {
            double direct = sendInto(sink, sink.address(), sizeBytes, duration, intervalNanos, outcome);
            try (UdpProxy relay = UdpProxy.start(ProxySpec.of(LOOPBACK_ANY_PORT, sink.address()))) {
                double relayed = sendInto(sink, relay.address(), sizeBytes, duration, intervalNanos, outcome);
                return new Pair<>(direct, relayed);
            }
        }
    }

    private static double sendInto(Sink sink, InetSocketAddress to, int sizeBytes, Duration duration, long intervalNanos,
            Outcome outcome) throws IOException, InterruptedException {
        try (DatagramChannel sender = DatagramChannel.open()) {
            sender.setOption(StandardSocketOptions.SO_SNDBUF, BUFFER_BYTES);
            sender.bind(LOOPBACK_ANY_PORT);
            sender.connect(to);
            ByteBuffer out = ByteBuffer.allocateDirect(sizeBytes);
            // Warm up the path (and the relay's mapping) before counting.
            for (int i = 0; i < 1000; i++) {
                out.clear();
                sender.write(out);
            }
            Thread.sleep(100);
            long before = sink.received.get();
            long sent = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long next = start;
            long now;
            while ((now = System.nanoTime()) - end < 0) {
                if (intervalNanos > 0) {
                    if (now - next < 0) {
                        Thread.onSpinWait();
                        continue;
                    }
                    next += intervalNanos;
                }
                out.clear();
                sender.write(out);
                sent++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(200); // stragglers still in socket buffers or the relay
            long received = sink.received.get() - before;
            return outcome.of(sent, received, seconds);
        }
    }

    /** A receiver that counts datagrams and does nothing else. */
    private static final class Sink implements AutoCloseable {
        final DatagramChannel channel;
        final AtomicLong received = new AtomicLong();
        final Thread thread;

        Sink() throws IOException {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, BUFFER_BYTES);
            channel.bind(LOOPBACK_ANY_PORT);
            thread = new Thread(this::count, "netlab-bench-sink");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) channel.getLocalAddress();
        }

        private void count() {
            ByteBuffer in = ByteBuffer.allocateDirect(65_535);
            try {
                while (true) {
                    in.clear();
                    channel.receive(in);
                    received.incrementAndGet();
                }
            } catch (IOException closed) {
                // the bench is over
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
