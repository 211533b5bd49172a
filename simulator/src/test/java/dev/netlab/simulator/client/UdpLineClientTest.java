package dev.netlab.simulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.ServerMode;
import dev.netlab.simulator.server.UdpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class UdpLineClientTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void printsEachReplyAsFromServer() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER)) {
            StringWriter out = new StringWriter();
            ClientSummary summary = new UdpLineClient(server.address(), Duration.ofSeconds(5))
                    .run(new BufferedReader(new StringReader("hello\nworld\n")), new PrintWriter(out));
            assertEquals("from server: HELLO\nfrom server: WORLD\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(2, 2, 0), summary);
        }
    }

    @Test
    void aLineTooLongForOneDatagramIsRefusedAndTheNextLineStillGoes() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER)) {
            StringWriter out = new StringWriter();
            String tooLong = "x".repeat(UdpLineClient.MAX_PAYLOAD_BYTES + 1);
            ClientSummary summary = new UdpLineClient(server.address(), Duration.ofSeconds(5))
                    .run(new BufferedReader(new StringReader(tooLong + "\nafter\n")), new PrintWriter(out));
            assertEquals("not sent: this line is 65508 bytes, and one UDP datagram carries at most 65507 (split it into"
                    + " shorter lines)\nfrom server: AFTER\n", out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(1, 1, 0), summary);
        }
    }

    @Test
    void printsTheTimeoutLineAndGoesOnWhenNothingAnswers() throws IOException {
        // A bound socket that never replies: every datagram is, from the client's side, lost.
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            StringWriter out = new StringWriter();
            ClientSummary summary = new UdpLineClient((InetSocketAddress) silent.getLocalSocketAddress(),
                    Duration.ofMillis(200))
                    .run(new BufferedReader(new StringReader("one\ntwo\n")), new PrintWriter(out));
            assertEquals("no reply within 200ms (lost?)\nno reply within 200ms (lost?)\n",
                    out.toString().replace("\r\n", "\n"));
            assertEquals(new ClientSummary(2, 0, 2), summary);
        }
    }

    @Test
    void saysNothingListensWhenTheSystemAnswersPortUnreachable() throws IOException {
        int port;
        try (DatagramSocket gone = new DatagramSocket(ANY_LOOPBACK_PORT)) {
            port = gone.getLocalPort(); // closed again: the port is free and nothing listens on it
        }
        InetSocketAddress nobody = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        StringWriter out = new StringWriter();
        // The timeout is long on purpose: the answer comes at once, so "(lost?)" would mean the ICMP answer was missed.
        ClientSummary summary = new UdpLineClient(nobody, Duration.ofSeconds(5))
                .run(new BufferedReader(new StringReader("one\ntwo\n")), new PrintWriter(out));
        String expected = "no reply: nothing is listening on 127.0.0.1:" + port + " (the system answered 'port"
                + " unreachable'); start the server or check --host and --port\n";
        assertEquals(expected + expected, out.toString().replace("\r\n", "\n"));
        assertEquals(new ClientSummary(2, 0, 2), summary);
    }
}
