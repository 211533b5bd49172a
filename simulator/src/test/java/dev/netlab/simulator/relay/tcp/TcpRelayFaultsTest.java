package dev.netlab.simulator.relay.tcp;

import static dev.netlab.simulator.relay.tcp.TcpEchoFixture.ANY_LOOPBACK_PORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Failures injected through {@link TcpRelayOptions.Sockets} (out of file descriptors, out of
 * memory, the listening socket gone) and the connection cap, on real sockets: the relay resets the
 * client concerned, counts it and serves the next; only a relay that cannot go on stops, saying why.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class TcpRelayFaultsTest {

    @Test
    void aClientBeyondTheCapIsResetAtOnceAndCountedWhileTheOthersAreServed() throws Exception {
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address())
                        .withMaxConnections(2));
                Socket first = TcpRelayTest.connect(relay.address());
                Socket second = TcpRelayTest.connect(relay.address())) {
            assertEchoes(first);
            assertEchoes(second);
            // The third is accepted by the kernel, then reset by the relay: no echo, and no hang.
            assertRefused(relay);
            assertEquals(1, relay.counters().refusedAtCap());
            assertEquals(2, relay.counters().accepted(), "a refused client is not a relayed connection");
            first.close();
            awaitOpen(relay, 1);
            try (Socket fourth = TcpRelayTest.connect(relay.address())) {
                assertEchoes(fourth); // below the cap again: served
            }
        }
    }

    @Test
    void anAcceptOutOfFileDescriptorsResetsThatClientAndTheNextIsServed() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean();
        TcpRelayOptions.Sockets failSecondAccept = new Real() {
            @Override
            public SocketChannel accept(ServerSocketChannel front) throws IOException {
                if (failNext.getAndSet(false)) {
                    // What EMFILE looks like to the relay: accept fails and the client stays in the backlog.
                    throw new IOException("Too many open files");
                }
                return front.accept();
            }
        };
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address())
                        .withSockets(failSecondAccept));
                Socket first = TcpRelayTest.connect(relay.address())) {
            assertEchoes(first);
            failNext.set(true); // the relay's next accept is for the second client: it has no descriptor
            assertRefused(relay);
            try (Socket third = TcpRelayTest.connect(relay.address())) {
                assertEchoes(third);
            }
            assertEquals(1, relay.counters().acceptErrors());
            assertEquals(2, relay.counters().accepted());
        }
    }

    @Test
    void anUpstreamSocketOutOfDescriptorsOrMemoryEndsOnlyItsConnection() throws Exception {
        AtomicInteger opens = new AtomicInteger();
        TcpRelayOptions.Sockets failing = new Real() {
            @Override
            public SocketChannel openUpstream() throws IOException {
                int n = opens.incrementAndGet();
                if (n == 2) {
                    throw new IOException("Too many open files");
                }
                if (n == 3) {
                    throw new OutOfMemoryError("Direct buffer memory (injected)");
                }
                return SocketChannel.open();
            }
        };
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address())
                        .withSockets(failing));
                Socket first = TcpRelayTest.connect(relay.address())) {
            assertEchoes(first);
            for (int i = 0; i < 2; i++) {
                assertRefused(relay);
            }
            try (Socket fourth = TcpRelayTest.connect(relay.address())) {
                assertEchoes(fourth);
            }
            assertEchoes(first); // the connection opened before the failures is untouched
            assertEquals(2, relay.counters().relayErrors());
            assertEquals(4, relay.counters().accepted());
        }
    }

    @Test
    void aRelayWhoseListeningSocketIsGoneStopsWithOneLineAndResetsItsClients() throws Exception {
        AtomicBoolean closeFront = new AtomicBoolean();
        TcpRelayOptions.Sockets closeFrontOnSecond = new Real() {
            @Override
            public SocketChannel accept(ServerSocketChannel front) throws IOException {
                if (closeFront.get()) {
                    front.close(); // the listening socket is gone: nothing more can be accepted
                }
                return front.accept();
            }
        };
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address())
                        .withSockets(closeFrontOnSecond));
                Socket first = TcpRelayTest.connect(relay.address())) {
            assertEchoes(first);
            closeFront.set(true);
            Socket second = null;
            try {
                second = TcpRelayTest.connect(relay.address());
            } catch (SocketException resetWhileClosing) {
                // The relay may close its listening socket while the kernel is still completing this connect, which
                // then ends in a reset: the same outcome for the client, and the relay's failure below is the point.
            }
            try {
                String reason = relay.failure().toCompletableFuture().get(10, TimeUnit.SECONDS);
                assertTrue(reason.contains("listening socket") && !reason.contains("\n"), reason);
                // A relay that cannot go on leaves no client waiting: the open one is reset.
                assertReset(first);
            } finally {
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    private static void assertEchoes(Socket socket) throws IOException {
        socket.getOutputStream().write('x');
        assertEquals('x', socket.getInputStream().read());
    }

    /** The relay reset (or closed) the socket: reading ends at once instead of waiting for a reply. */
    private static void assertReset(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        try {
            socket.getOutputStream().write('x');
            assertEquals(-1, in.read(), "no echo through a refused connection");
        } catch (SocketTimeoutException hang) {
            throw new AssertionError("the client was left waiting", hang);
        } catch (SocketException reset) {
            // connection reset: what SO_LINGER 0 sends
        }
    }

    /** A new client is reset (at any step: the relay may reset it before it even writes), never served or left waiting. */
    private static void assertRefused(TcpRelay relay) throws IOException {
        try (Socket socket = TcpRelayTest.connect(relay.address())) {
            assertReset(socket);
        } catch (SocketTimeoutException hang) {
            throw new AssertionError("the client was left waiting", hang);
        } catch (SocketException reset) {
            // reset while connecting or closing: refused all the same
        }
    }

    private static void awaitOpen(TcpRelay relay, int open) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (relay.totals().openConnections() != open && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(open, relay.totals().openConnections());
    }

    /** The real calls, for a test to override one of them. */
    private static class Real implements TcpRelayOptions.Sockets {
        @Override
        public SocketChannel accept(ServerSocketChannel front) throws IOException {
            return TcpRelayOptions.REAL_SOCKETS.accept(front);
        }

        @Override
        public SocketChannel openUpstream() throws IOException {
            return TcpRelayOptions.REAL_SOCKETS.openUpstream();
        }
    }
}
