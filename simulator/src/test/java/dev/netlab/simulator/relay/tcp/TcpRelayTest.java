package dev.netlab.simulator.relay.tcp;

import static dev.netlab.simulator.relay.tcp.TcpEchoFixture.ANY_LOOPBACK_PORT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.simulator.relay.tcp.TcpConnectionStats.State;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Tag;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class TcpRelayTest {

    @Test
    void theFastPathCarriesEveryByteBothWaysInOrder() throws Exception {
        byte[] data = random(2 << 20, 1);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()))) {
            byte[] echoed = sendAndReadAll(relay.address(), data);
            // The echo returns exactly what reached it, so equal digests prove both directions lossless and ordered.
            assertArrayEquals(sha256(data), sha256(echoed));
            assertFalse(relay.emulated());
        }
    }

    @Test
    void aHalfCloseTravelsToTheServerWhichCanStillReply() throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(ANY_LOOPBACK_PORT);
            try (TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT,
                    (InetSocketAddress) server.getLocalSocketAddress()));
                    Socket client = connect(relay.address())) {
                client.getOutputStream().write("question".getBytes(StandardCharsets.US_ASCII));
                client.shutdownOutput();
                try (Socket accepted = server.accept()) {
                    accepted.setSoTimeout(10_000);
                    // The server reads to EOF only if the client's half-close travelled through the relay.
                    String question = new String(accepted.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                    accepted.getOutputStream().write(("answer to " + question).getBytes(StandardCharsets.US_ASCII));
                }
                String reply = new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertEquals("answer to question", reply);
            }
            // Stats stay readable after the relay closed, with the clean end recorded.
        }
    }

    @Test
    void aResetFromTheServerReachesTheClientAsAReset() throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(ANY_LOOPBACK_PORT);
            try (TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT,
                    (InetSocketAddress) server.getLocalSocketAddress()));
                    Socket client = connect(relay.address())) {
                client.getOutputStream().write(1);
                try (Socket accepted = server.accept()) {
                    assertEquals(1, accepted.getInputStream().read());
                    accepted.setSoLinger(true, 0); // close with RST
                }
                // A clean close would read -1; only a propagated RST makes the read fail.
                assertThrows(SocketException.class, () -> client.getInputStream().read());
                awaitState(relay, 0, State.RESET);
                assertEquals(1, relay.counters().resets());
            }
        }
    }

    @Test
    void aRefusedTargetResetsTheClient() throws Exception {
        InetSocketAddress nobody;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(ANY_LOOPBACK_PORT);
            nobody = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        try (TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, nobody))) {
            // The relay accepts at once; the refusal behind it can only reach the client as a reset,
            // sometimes so soon that the client's own connect sees it.
            assertThrows(SocketException.class, () -> {
                try (Socket client = connect(relay.address())) {
                    client.getInputStream().read();
                }
            });
            awaitState(relay, 0, State.CONNECT_FAILED);
            assertEquals(1, relay.counters().connectFailures());
        }
    }

    @Test
    void twoHundredConcurrentConnectionsAreEachRelayedAsTheirOwnFlow() throws Exception {
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()))) {
            concurrentEchoes(relay, 200);
        }
    }

    @Test
    void closeReleasesEverySocketAndThreadAndResetsOpenConnections() throws Exception {
        InetSocketAddress front;
        try (TcpEchoFixture server = new TcpEchoFixture()) {
            TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()));
            front = relay.address();
            try (Socket client = connect(front)) {
                client.getOutputStream().write(7);
                assertEquals(7, client.getInputStream().read());
                relay.close();
                // An open connection must not look like a complete one: the client sees a reset.
                assertThrows(SocketException.class, () -> client.getInputStream().read());
            }
            assertEquals(State.ABORTED, relay.connections().get(0).state());
        }
        String port = String.valueOf(front.getPort());
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("netlab-tcp-relay") && t.getName().endsWith(port)),
                "no relay thread may outlive close()");
        try (ServerSocket again = new ServerSocket()) {
            again.bind(front); // the front port is free again
        }
    }

    /** Opens {@code count} connections at once, each sends its own message and must get it back. */
    static void concurrentEchoes(TcpRelay relay, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        try {
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sockets.add(connect(relay.address())); // one after another, so flow numbers follow this order
            }
            awaitAccepted(relay, count);
            List<Future<String>> replies = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Socket socket = sockets.get(i);
                String message = "client " + i + " says hello";
                replies.add(clients.submit((Callable<String>) () -> {
                    try (socket) {
                        socket.getOutputStream().write(message.getBytes(StandardCharsets.US_ASCII));
                        socket.shutdownOutput();
                        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                    }
                }));
            }
            for (int i = 0; i < count; i++) {
                assertEquals("client " + i + " says hello", replies.get(i).get(20, TimeUnit.SECONDS));
            }
            List<TcpConnectionStats> stats = relay.connections();
            assertEquals(count, stats.size());
            for (int i = 0; i < count; i++) {
                assertEquals(i, stats.get(i).flow(), "flows are numbered in accept order");
            }
        } finally {
            clients.shutdownNow();
            clients.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    static Socket connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, 5_000);
        socket.setSoTimeout(15_000);
        return socket;
    }

    static void awaitAccepted(TcpRelay relay, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (relay.counters().accepted() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    static void awaitState(TcpRelay relay, int flow, State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (relay.connections().get(flow).state() != state && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(state, relay.connections().get(flow).state());
    }

    /** Sends {@code data} from one thread while reading everything the other side returns until EOF. */
    static byte[] sendAndReadAll(InetSocketAddress address, byte[] data) throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try (Socket socket = connect(address)) {
            Future<?> sent = writer.submit(() -> {
                OutputStream out = socket.getOutputStream();
                for (int off = 0; off < data.length; off += 8192) {
                    out.write(data, off, Math.min(8192, data.length - off));
                }
                socket.shutdownOutput();
                return null;
            });
            InputStream in = socket.getInputStream();
            byte[] received = in.readAllBytes();
            sent.get(5, TimeUnit.SECONDS);
            return received;
        } finally {
            writer.shutdownNow();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    static byte[] sha256(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
