package dev.netlab.simulator.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tens of thousands of clients through impaired proxies leave no state behind: the heap retained
 * after a full GC comes back to within {@link #TOLERANCE_BYTES} of where it was after a warm-up.
 * Before issue 12 each UDP client kept about 60 KB (1.46 GB over 24 000 clients) and each closed
 * TCP connection about 60 KB, so a leak of even 1 KB per client fails here (20 MB over 20 000).
 */
@Tag("socket")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxySoakTest {

    /** Slack for what grows once and stays (hash tables sized for the peak, JIT code data, class metadata on heap). */
    private static final long TOLERANCE_BYTES = 8L << 20;
    private static final InetSocketAddress ANY = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    /** 1% loss and 5 ms each way: every client gets engine state in both directions, and some datagrams wait. */
    private static final LinkConfig IMPAIRED = LinkConfig.builder().loss(Percent.of(1)).delay(Duration.ofMillis(5)).build();
    private static final int UDP_ROUND = 1_000;
    private static final int TCP_THREADS = 32;

    @Test
    void twentyThousandUdpClientAddressesLeaveNoStateBehind() throws Exception {
        try (UdpServer echo = UdpServer.start(ANY, ServerMode.ECHO);
                UdpProxy proxy = UdpProxy.start(ProxySpec.of(ANY, echo.address()).withLink(IMPAIRED).withSeed(12),
                        relay -> relay.withIdleTimeout(Duration.ofMillis(200)))) {
            udpRound(proxy, 0);
            awaitOrFail("warm-up mappings evicted", () -> proxy.status().clients() == 0, 10);
            long before = retainedHeapBytes();
            for (int round = 1; round <= 20_000 / UDP_ROUND; round++) {
                udpRound(proxy, round);
                // Every mapping closes before the next round: the kernel reuses a closed client's port, and
                // only then is a reused address a new client, not the old one's mapping still open.
                awaitOrFail("round " + round + "'s mappings evicted", () -> proxy.status().clients() == 0, 10);
            }
            long after = retainedHeapBytes();
            System.out.printf("UDP soak: retained heap %.1f MB before, %.1f MB after 20 000 clients%n", before / 1e6, after / 1e6);
            UdpProxySummary summary = proxy.summary();
            assertEquals(20_000 + UDP_ROUND, summary.clientsSeen(), "every address got its own mapping");
            assertEquals(0, summary.notRelayed().pastMappingLimit() + summary.notRelayed().noSocket());
            assertTrue(after - before <= TOLERANCE_BYTES, String.format(
                    "retained heap grew by %.1f MB over 20 000 clients (before %.1f MB, after %.1f MB)",
                    (after - before) / 1e6, before / 1e6, after / 1e6));
        }
    }

    @Test
    void fiveThousandClosedTcpConnectionsLeaveNoStateBehind() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(TCP_THREADS);
        try (TcpServer echo = TcpServer.start(ANY, ServerMode.ECHO, Concurrency.THREADS);
                TcpProxy proxy = TcpProxy.start(ProxySpec.of(ANY, echo.address()).withLink(IMPAIRED).withSeed(12))) {
            tcpConnections(proxy, clients, 200);
            awaitOrFail("warm-up connections closed", () -> proxy.status().openConnections() == 0, 20);
            long before = retainedHeapBytes();
            tcpConnections(proxy, clients, 5_000);
            awaitOrFail("every connection closed", () -> proxy.status().openConnections() == 0, 20);
            long after = retainedHeapBytes();
            System.out.printf("TCP soak: retained heap %.1f MB before, %.1f MB after 5 000 connections%n", before / 1e6, after / 1e6);
            assertTrue(after - before <= TOLERANCE_BYTES, String.format(
                    "retained heap grew by %.1f MB over 5 000 connections (before %.1f MB, after %.1f MB)",
                    (after - before) / 1e6, before / 1e6, after / 1e6));
        } finally {
            clients.shutdownNow();
            assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS), "every client thread ended");
        }
    }

    /** {@link #UDP_ROUND} new client addresses each send one datagram; waits (at most 5 s) for the replies to pass. */
    private static void udpRound(UdpProxy proxy, int round) throws Exception {
        List<DatagramChannel> channels = new ArrayList<>(UDP_ROUND);
        long sentBefore = proxy.status().uplink().received();
        try {
            for (int i = 0; i < UDP_ROUND; i++) {
                DatagramChannel client = DatagramChannel.open().bind(ANY);
                channels.add(client);
                client.send(ByteBuffer.wrap(("r" + round + "c" + i).getBytes(StandardCharsets.US_ASCII)), proxy.address());
                if (i % 50 == 49) {
                    Thread.sleep(2); // bursts of 50: the echo server's default receive buffer holds them all
                }
            }
            // Every request read and released or dropped, then the replies (those the echo server kept up
            // with: it may drop some from its own buffer on a busy host) until their count stops growing.
            awaitOrFail(() -> "round " + round + " relayed: " + proxy.status(), () -> {
                UdpProxyStatus s = proxy.status();
                return s.uplink().received() >= sentBefore + UDP_ROUND && s.queuedDatagrams() == 0;
            }, 5);
            long replies = -1;
            for (int i = 0; i < 100 && proxy.status().downlink().received() != replies; i++) {
                replies = proxy.status().downlink().received();
                Thread.sleep(30);
            }
        } finally {
            for (DatagramChannel client : channels) {
                client.close();
            }
        }
    }

    /** {@code count} connections, {@link #TCP_THREADS} at a time: each connects, sends a line, reads it back, closes. */
    private static void tcpConnections(TcpProxy proxy, ExecutorService clients, int count) throws Exception {
        List<Future<Boolean>> done = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] line = ("connection " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            done.add(clients.submit(() -> echoes(proxy.address(), line)));
        }
        int echoed = 0;
        for (Future<Boolean> f : done) {
            echoed += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(count, echoed, "TCP through the relay delivers every byte, losses or not");
    }

    private static boolean echoes(InetSocketAddress proxy, byte[] line) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(proxy, 10_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(line);
            InputStream in = socket.getInputStream();
            byte[] back = new byte[line.length];
            int read = 0;
            for (int n; read < back.length && (n = in.read(back, read, back.length - read)) > 0; ) {
                read += n;
            }
            return read == line.length && java.util.Arrays.equals(back, line);
        }
    }

    /**
     * Heap in use after full collections, once two in a row agree within 1 MB (at most ten tries):
     * what is still reachable, not garbage that a later collection would have freed.
     */
    private static long retainedHeapBytes() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - last) < (1L << 20)) {
                return Math.min(used, last);
            }
            last = used;
        }
        return last;
    }

    private static void awaitOrFail(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        awaitOrFail(() -> what, condition, seconds);
    }

    /** Waits for {@code condition}, checking every 5 ms, and fails saying {@code what} (as it is then) after {@code seconds}. */
    private static void awaitOrFail(Supplier<String> what, BooleanSupplier condition, int seconds)
            throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - until >= 0) {
                fail(what.get() + " within " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }
}
