package dev.netlab.simulator.server;

import dev.netlab.simulator.net.PortInUseException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class UdpServerTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void echoServerSendsTheSameBytesBack() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = client()) {
            assertEquals("hello, server", exchange(client, server.address(), "hello, server"));
        }
    }

    @Test
    void upperServerSendsTheMessageBackInUpperCase() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER);
                DatagramSocket client = client()) {
            assertEquals("HELLO, SERVER", exchange(client, server.address(), "hello, server"));
        }
    }

    @Test
    void oneSocketServesSeveralClientsEachWithItsOwnReply() throws IOException {
        List<DatagramSocket> clients = new ArrayList<>();
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER)) {
            for (int i = 0; i < 10; i++) {
                clients.add(client());
            }
            // All ask first, then all read: each reply must reach the address its datagram came from.
            for (int i = 0; i < clients.size(); i++) {
                send(clients.get(i), server.address(), "client " + i);
            }
            for (int i = 0; i < clients.size(); i++) {
                assertEquals("CLIENT " + i, receive(clients.get(i)));
            }
            assertEquals(10, server.received());
        } finally {
            clients.forEach(DatagramSocket::close);
        }
    }

    @Test
    void emptyNonUtf8AndLargestDatagramsDoNotStopTheServer() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.UPPER);
                DatagramSocket client = client()) {
            client.send(new DatagramPacket(new byte[0], 0, server.address()));
            assertEquals(0, receiveBytes(client).length, "an empty datagram gets an empty reply");

            byte[] notUtf8 = {(byte) 0xff, 'a', (byte) 0xc3};
            client.send(new DatagramPacket(notUtf8, notUtf8.length, server.address()));
            assertArrayEquals(new byte[] {(byte) 0xff, 'A', (byte) 0xc3}, receiveBytes(client));

            byte[] largest = new byte[65_507]; // the UDP payload limit over IPv4
            Arrays.fill(largest, (byte) 'x');
            client.send(new DatagramPacket(largest, largest.length, server.address()));
            byte[] reply = receiveBytes(client);
            assertEquals(65_507, reply.length, "the reply must not be truncated to a small buffer");
            assertEquals('X', reply[65_506]);

            // The proof that nothing above stopped it: an ordinary message is still answered.
            assertEquals("STILL HERE", exchange(client, server.address(), "still here"));
            assertEquals(4, server.received());
        }
    }

    @Test
    void aBusyPortIsReportedWithThePortAndTheAddress() throws IOException {
        try (UdpServer first = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO)) {
            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> UdpServer.start(first.address(), ServerMode.ECHO).close());
            assertEquals("port " + first.address().getPort() + " is already in use on 127.0.0.1", e.getMessage());
        }
    }

    @Test
    void closeReleasesThePortAndStopsTheThread() throws IOException {
        UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
        InetSocketAddress address = server.address();
        server.close();
        // Binding the same port again only works if close really released it.
        try (DatagramSocket again = new DatagramSocket(address)) {
            assertTrue(again.isBound());
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("netlab-udp-server-" + address.getPort())));
    }

    private static DatagramSocket client() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String exchange(DatagramSocket client, InetSocketAddress server, String message) throws IOException {
        send(client, server, message);
        return receive(client);
    }

    private static void send(DatagramSocket client, InetSocketAddress server, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        client.send(new DatagramPacket(bytes, bytes.length, server));
    }

    private static String receive(DatagramSocket client) throws IOException {
        return new String(receiveBytes(client), StandardCharsets.UTF_8);
    }

    private static byte[] receiveBytes(DatagramSocket client) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[70_000], 70_000);
        client.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }
}
