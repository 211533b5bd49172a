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
}
