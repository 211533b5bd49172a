package dev.netlab.simulator.relay.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class UdpRelayTest {

    static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void relaysBothDirectionsForSeveralClientsEachSeenByTheServerAsItsOwnAddress() throws IOException {
        List<DatagramSocket> clients = new ArrayList<>();
        try (DatagramSocket server = socket();
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, address(server)))) {
            for (int i = 0; i < 5; i++) {
                clients.add(socket());
                send(clients.get(i), relay.address(), "client " + i);
            }
            // The server answers each datagram to the address it came from, as the notes' server does.
            Set<SocketAddress> seen = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                DatagramPacket packet = receivePacket(server);
                seen.add(packet.getSocketAddress());
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                byte[] reply = ("re: " + text).getBytes(StandardCharsets.UTF_8);
                server.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            }
            for (int i = 0; i < 5; i++) {
                assertEquals("re: client " + i, receive(clients.get(i)), "each reply reaches its own client");
            }
            assertEquals(5, seen.size(), "one upstream address per client, like a NAT");
            assertEquals(5, relay.openMappings());
            assertEquals(5, relay.counters().uplink().forwarded());
            // The relay counts a reply just after sending it, so the client may read it first: wait
            // (at most 5 s) for the count rather than race it.
            long until = System.nanoTime() + 5_000_000_000L;
            while (relay.counters().downlink().forwarded() < 5 && System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
            assertEquals(5, relay.counters().downlink().forwarded());
        } finally {
            clients.forEach(DatagramSocket::close);
        }
    }

    @Test
    void anEmptyReplyReachesItsClientAndAnEmptyRequestIsCountedAsNotSent() throws IOException {
        try (DatagramSocket server = socket();
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, address(server)));
                DatagramSocket client = socket()) {
            send(client, relay.address(), "x");
            DatagramPacket request = receivePacket(server);
            server.send(new DatagramPacket(new byte[0], 0, request.getSocketAddress()));
            assertEquals(0, receivePacket(client).getLength(), "the empty reply crossed the relay");
            client.send(new DatagramPacket(new byte[0], 0, relay.address()));
            // Java cannot send an empty datagram on the mapping's connected socket: it must not be
            // counted as forwarded (it used to be, while the server never saw it).
            long until = System.nanoTime() + 5_000_000_000L;
            while (relay.counters().uplink().sendErrors() < 1 && System.nanoTime() - until < 0) {
                Thread.onSpinWait();
            }
            assertEquals(1, relay.counters().uplink().sendErrors());
            assertEquals(1, relay.counters().uplink().forwarded());
        }
    }

    @Test
    void aDatagramWhoseHandlingFailsIsCountedAndTheRelayGoesOnServing() throws IOException {
        // The path throws what a relay meets under pressure (out of memory) for one datagram only.
        PacketPath exploding = (flow, uplink, index, datagram, arrivalNanos, to) -> {
            if (datagram.remaining() == 4 && datagram.get(datagram.position()) == 'b') {
                throw new OutOfMemoryError("injected for the test");
            }
            to.send(datagram);
        };
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()),
                        (scheduler, counters) -> exploding, RelayLedger.of(LedgerSink.NONE, System.nanoTime()));
                DatagramSocket client = socket()) {
            send(client, relay.address(), "before");
            assertEquals("before", receive(client));
            send(client, relay.address(), "boom");
            send(client, relay.address(), "after");
            assertEquals("after", receive(client), "the relay still serves after the error");
            assertEquals(1, relay.counters().handlingErrors());
        }
    }

    @Test
    void aDatagramAtTheUdpSizeLimitPassesWhole() throws IOException {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()));
                DatagramSocket client = socket()) {
            byte[] largest = new byte[65_507];
            Arrays.fill(largest, (byte) 7);
            largest[65_506] = 42;
            client.send(new DatagramPacket(largest, largest.length, relay.address()));
            DatagramPacket reply = receivePacket(client);
            assertArrayEquals(largest, Arrays.copyOf(reply.getData(), reply.getLength()));
        }
    }

    @Test
    void anIdleMappingIsClosedAndAVanishedClientLeavesNothingBehind() throws Exception {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address())
                        .withIdleTimeout(Duration.ofMillis(200)))) {
            try (DatagramSocket client = socket()) {
                send(client, relay.address(), "hello");
                assertEquals("hello", receive(client));
                assertEquals(1, relay.openMappings());
            }
            // The client is gone without a word, as UDP clients go; only the idle timeout can notice.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (relay.openMappings() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, relay.openMappings());
            assertEquals(1, relay.counters().mappingsEvicted());
            try (DatagramSocket next = socket()) {
                send(next, relay.address(), "next");
                assertEquals("next", receive(next), "a relay that evicted a mapping still serves new clients");
            }
            assertEquals(2, relay.counters().mappingsOpened());
        }
    }

    @Test
    void closeReleasesEverySocketAndThread() throws IOException {
        UdpRelay relay;
        InetSocketAddress front;
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                DatagramSocket client = socket()) {
            relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()));
            front = relay.address();
            send(client, front, "x");
            assertEquals("x", receive(client));
            relay.close();
        }
        String port = String.valueOf(front.getPort());
        assertTrue(threadsNamed("netlab-udp-relay-").stream().noneMatch(name -> name.endsWith(port)),
                "no front or timer thread of this relay is left");
        assertTrue(threadsNamed("netlab-udp-relay-").isEmpty(), "no relay thread is left");
        try (DatagramSocket again = new DatagramSocket(front)) {
            assertTrue(again.isBound(), "the front port was released");
        }
    }

    @Test
    void theDirectPathAllocatesNothingPerDatagram() throws IOException {
        // Allocation is counted, not timed: the pump thread's allocated bytes over many round trips.
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        try (DatagramSocket server = socket();
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, address(server)));
                DatagramSocket client = socket()) {
            Thread pump = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("netlab-udp-relay-" + relay.address().getPort()))
                    .findFirst().orElseThrow();
            DatagramPacket ping = new DatagramPacket(new byte[64], 64, relay.address());
            DatagramPacket in = new DatagramPacket(new byte[128], 128);
            long before = 0;
            for (int i = 0; i < 6_000; i++) {
                if (i == 3_000) {
                    before = threads.getThreadAllocatedBytes(pump.getId()); // after warming up the JIT
                }
                client.send(ping);
                server.receive(in);
                server.send(new DatagramPacket(in.getData(), in.getLength(), in.getSocketAddress()));
                client.receive(in);
            }
            long perRoundTrip = (threads.getThreadAllocatedBytes(pump.getId()) - before) / 3_000;
            // A lambda made per poll cost about 600 B per round trip; the bound leaves room for a rare
            // allocation (a new sender address, a resized map) but not for one per datagram.
            assertTrue(perRoundTrip < 16, perRoundTrip + " bytes allocated per round trip");
        }
    }

    static List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(prefix))
                .toList();
    }

    static DatagramSocket socket() throws IOException {
        DatagramSocket socket = new DatagramSocket(ANY_LOOPBACK_PORT);
        socket.setSoTimeout(5_000);
        return socket;
    }

    static InetSocketAddress address(DatagramSocket socket) {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    static void send(DatagramSocket from, InetSocketAddress to, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        from.send(new DatagramPacket(bytes, bytes.length, to));
    }

    static String receive(DatagramSocket socket) throws IOException {
        DatagramPacket packet = receivePacket(socket);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    static DatagramPacket receivePacket(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[70_000], 70_000);
        socket.receive(packet);
        return packet;
    }
}
