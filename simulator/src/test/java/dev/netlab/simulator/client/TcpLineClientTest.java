package dev.netlab.simulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class TcpLineClientTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void sendsEveryLineOnOneConnectionToALineServer() throws IOException {
        try (TcpServer server = TcpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER, Concurrency.ITERATIVE)) {
            StringWriter out = new StringWriter();
            StringWriter notices = new StringWriter();
            ClientSummary summary = new TcpLineClient(server.address(), Duration.ofSeconds(5), new PrintWriter(notices))
                    .run(new BufferedReader(new StringReader("a\nb\nc\n")), new PrintWriter(out));
            assertEquals("from server: A\nfrom server: B\nfrom server: C\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(3, 3, 0), summary);
            assertEquals(1, server.accepted(), "one connection carries the whole conversation");
            assertEquals("", notices.toString());
        }
    }

    @Test
    void connectsAgainWhenAOneShotServerClosesAfterItsAnswer() throws Exception {
        // The lecture notes' server: accept, one recv, one send, close, forever.
        try (ServerSocket welcoming = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread notesServer = new Thread(() -> {
                for (int i = 0; i < 2; i++) {
                    try (Socket connection = welcoming.accept()) {
                        byte[] buffer = new byte[2048];
                        int n = connection.getInputStream().read(buffer);
                        connection.getOutputStream().write(ServerMode.UPPER.reply(java.util.Arrays.copyOf(buffer, n)));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            notesServer.start();
            StringWriter out = new StringWriter();
            StringWriter notices = new StringWriter();
            ClientSummary summary = new TcpLineClient((InetSocketAddress) welcoming.getLocalSocketAddress(),
                    Duration.ofSeconds(5), new PrintWriter(notices))
                    .run(new BufferedReader(new StringReader("first\nsecond\n")), new PrintWriter(out));
            notesServer.join(5_000);
            assertEquals("from server: FIRST\nfrom server: SECOND\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(2, 2, 0), summary);
            assertTrue(notices.toString().contains("connecting again"), notices.toString());
        }
    }

    @Test
    void waitsPastTheTimeoutForASlowServerAndPrintsEachReplyAgainstItsOwnLine() throws Exception {
        // A server that answers each line only after 3 timeouts' worth of silence: the old client
        // printed "no reply" and then read line 1's reply as line 2's. Lower bound only: the slow
        // notice must appear, and every reply must sit against its own line.
        try (ServerSocket welcoming = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread slowServer = new Thread(() -> {
                try (Socket connection = welcoming.accept()) {
                    BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(connection.getInputStream()));
                    String line;
                    for (int i = 0; i < 2 && (line = lines.readLine()) != null; i++) {
                        Thread.sleep(300);
                        connection.getOutputStream().write((line.toUpperCase() + "\n").getBytes());
                    }
                } catch (IOException | InterruptedException e) {
                    // the test's assertions say what went wrong
                }
            });
            slowServer.start();
            StringWriter out = new StringWriter();
            StringWriter notices = new StringWriter();
            ClientSummary summary = new TcpLineClient((InetSocketAddress) welcoming.getLocalSocketAddress(),
                    Duration.ofMillis(100), Duration.ofSeconds(20), new PrintWriter(notices))
                    .run(new BufferedReader(new StringReader("one\ntwo\n")), new PrintWriter(out));
            slowServer.join(5_000);
            assertEquals("from server: ONE\nfrom server: TWO\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(2, 2, 0), summary);
            assertTrue(notices.toString().contains("still waiting"), notices.toString());
        }
    }

    @Test
    void givesUpOnASilentServerByClosingTheConnectionSoALateReplyCannotBeMisread() throws Exception {
        // A server that never answers on its first connection and answers at once on the second:
        // after giving up, line 2 must travel on a new connection and get its own reply.
        try (ServerSocket welcoming = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket silent = welcoming.accept(); Socket answering = welcoming.accept()) {
                    BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(answering.getInputStream()));
                    String line = lines.readLine();
                    answering.getOutputStream().write((line.toUpperCase() + "\n").getBytes());
                    silent.getOutputStream().write("LATE\n".getBytes()); // too late: its connection is closed
                } catch (IOException e) {
                    // the test's assertions say what went wrong
                }
            });
            server.start();
            StringWriter out = new StringWriter();
            ClientSummary summary = new TcpLineClient((InetSocketAddress) welcoming.getLocalSocketAddress(),
                    Duration.ofMillis(50), Duration.ofMillis(200), new PrintWriter(new StringWriter()))
                    .run(new BufferedReader(new StringReader("one\ntwo\n")), new PrintWriter(out));
            server.join(5_000);
            String[] printed = out.toString().replace("\r\n", "\n").split("\n");
            assertEquals(2, printed.length, out.toString());
            assertTrue(printed[0].startsWith("no reply within 200ms: gave up and closed the connection"), printed[0]);
            assertEquals("from server: TWO", printed[1]);
            assertEquals(new ClientSummary(2, 1, 1), summary);
        }
    }

    @Test
    void refusesAGiveUpTimeShorterThanTheTimeout() {
        InetSocketAddress anywhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TcpLineClient(anywhere,
                Duration.ofSeconds(2), Duration.ofSeconds(1), new PrintWriter(new StringWriter())));
    }

    @Test
    void aSlowOneShotServerGetsEachLineOnItsOwnConnectionAndEachReplyLandsAgainstItsLine() throws Exception {
        // The case: the notes' server behind a lossy link answers line 1 late (here: after 3 timeouts)
        // and closes. The old client timed out, sent line 2 on that dead connection and misprinted replies.
        try (ServerSocket welcoming = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread notesServer = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    try (Socket connection = welcoming.accept()) {
                        byte[] buffer = new byte[2048];
                        int n = connection.getInputStream().read(buffer);
                        if (i == 0) {
                            Thread.sleep(300);
                        }
                        connection.getOutputStream().write(ServerMode.UPPER.reply(java.util.Arrays.copyOf(buffer, n)));
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            notesServer.start();
            StringWriter out = new StringWriter();
            StringWriter notices = new StringWriter();
            ClientSummary summary = new TcpLineClient((InetSocketAddress) welcoming.getLocalSocketAddress(),
                    Duration.ofMillis(100), Duration.ofSeconds(20), new PrintWriter(notices))
                    .run(new BufferedReader(new StringReader("a\nb\nc\n")), new PrintWriter(out));
            notesServer.join(5_000);
            assertEquals("from server: A\nfrom server: B\nfrom server: C\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(3, 3, 0), summary);
            assertTrue(notices.toString().contains("still waiting"), notices.toString());
        }
    }
}
