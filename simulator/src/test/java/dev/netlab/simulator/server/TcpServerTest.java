package dev.netlab.simulator.server;

import dev.netlab.simulator.net.PortInUseException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class TcpServerTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void answersEveryLineOfAConversationOnOneConnection() throws IOException {
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER, Concurrency.ITERATIVE);
                Line client = Line.connect(server.address())) {
            assertEquals("FIRST LINE", client.exchange("first line"));
            assertEquals("SECOND LINE", client.exchange("second line"));
            assertEquals("ÜBER", client.exchange("über"));
        }
    }

    @Test
    void answersTheNotesOneShotClientThatSendsWithoutANewline() throws IOException {
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.ITERATIVE);
                Socket client = new Socket()) {
            client.connect(server.address(), 5_000);
            client.setSoTimeout(5_000);
            client.getOutputStream().write("one shot".getBytes(StandardCharsets.UTF_8));
            byte[] reply = new byte[2048];
            int n = client.getInputStream().read(reply); // one recv, like the notes
            assertEquals("one shot", new String(reply, 0, n, StandardCharsets.UTF_8));
        }
    }

    @Test
    void iterativeServerServesTheNextClientOnlyAfterTheFirstLeaves() throws IOException {
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER, Concurrency.ITERATIVE);
                Line first = Line.connect(server.address());
                Line second = Line.connect(server.address())) {
            assertEquals("A", first.exchange("a"));
            second.send("b");
            // While the first client is being served the second waits in the backlog, unanswered.
            second.socket.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, second::receive);
            first.socket.close();
            second.socket.setSoTimeout(5_000);
            assertEquals("B", second.receive(), "the second client is served once the first has gone");
        }
    }

    @Test
    void threadsServerServesFiftyClientsAtOnce() throws IOException {
        List<Line> clients = new ArrayList<>();
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER, Concurrency.THREADS)) {
            // All fifty connect and stay connected before any is answered: an iterative server would
            // answer only the first, so every reply proves concurrent service.
            for (int i = 0; i < 50; i++) {
                clients.add(Line.connect(server.address()));
            }
            for (int i = clients.size() - 1; i >= 0; i--) {
                assertEquals("CLIENT " + i, clients.get(i).exchange("client " + i));
            }
            assertEquals(50, server.accepted());
        } finally {
            for (Line client : clients) {
                client.close();
            }
        }
    }

    @Test
    void aThreadsServerAtItsLimitClosesTheNextClientAndCountsItInsteadOfGrowing() throws IOException {
        List<Line> clients = new ArrayList<>();
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER, Concurrency.THREADS, 2)) {
            clients.add(Line.connect(server.address()));
            clients.add(Line.connect(server.address()));
            assertEquals("A", clients.get(0).exchange("a"));
            assertEquals("B", clients.get(1).exchange("b"));
            // Both threads hold their silent clients; a third connection is accepted, then closed.
            Line third = Line.connect(server.address());
            clients.add(third);
            third.socket.setSoTimeout(5_000);
            third.socket.getOutputStream().write("c\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(-1, third.socket.getInputStream().read(), "the refused client sees the connection close");
            assertEquals(1, server.refused());
            assertEquals("A2", clients.get(0).exchange("a2"), "the clients being served are not disturbed");
        } finally {
            for (Line client : clients) {
                client.close();
            }
        }
    }

    @Test
    void aBusyPortIsReportedWithThePortAndTheAddress() throws IOException {
        try (TcpServer first = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS)) {
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> TcpServer.start(first.address(), ServerMode.ECHO, Concurrency.THREADS).close());
            assertEquals("port " + first.address().getPort() + " is already in use on 127.0.0.1", e.getMessage());
        }
    }

    @Test
    void closeEndsOpenConnectionsAndReleasesThePort() throws IOException {
        TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO, Concurrency.THREADS);
        try (Line client = Line.connect(server.address())) {
            assertEquals("x", client.exchange("x"));
            server.close();
            // The open connection socket was closed by the server, so the client sees end of stream.
            assertEquals(null, client.reader.readLine());
        }
        try (TcpServer again = TcpServer.start(server.address(), ServerMode.ECHO, Concurrency.THREADS)) {
            assertTrue(again.address().getPort() > 0);
        }
    }

    /** A newline-framed client for the tests. */
    private static final class Line implements AutoCloseable {
        final Socket socket;
        final BufferedReader reader;

        private Line(Socket socket) throws IOException {
            this.socket = socket;
            this.reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        static Line connect(InetSocketAddress server) throws IOException {
            Socket socket = new Socket();
            socket.connect(server, 5_000);
            socket.setSoTimeout(5_000);
            return new Line(socket);
        }

        void send(String line) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        String receive() throws IOException {
            return reader.readLine();
        }

        String exchange(String line) throws IOException {
            send(line);
            return receive();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
