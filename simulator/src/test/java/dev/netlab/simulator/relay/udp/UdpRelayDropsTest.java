package dev.netlab.simulator.relay.udp;

import static dev.netlab.simulator.relay.udp.UdpRelayTest.ANY_LOOPBACK_PORT;
import static dev.netlab.simulator.relay.udp.UdpRelayTest.receive;
import static dev.netlab.simulator.relay.udp.UdpRelayTest.send;
import static dev.netlab.simulator.relay.udp.UdpRelayTest.socket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The relay's own drops: each has a counter and a ledger row with its reason, and the relay goes on. */
@Tag("socket")
class UdpRelayDropsTest {

    private final Queue<LedgerEntry> rows = new ConcurrentLinkedQueue<>();
    private final LedgerSink ledger = rows::add;

    @Test
    void aNewClientPastTheMappingCapIsRefusedCountedAndServedOnceAMappingCloses() throws Exception {
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()).withMaxMappings(2)
                        .withIdleTimeout(Duration.ofMillis(300)), DatagramChannel::open);
                DatagramSocket a = socket(); DatagramSocket b = socket(); DatagramSocket late = socket()) {
            send(a, relay.address(), "a");
            send(b, relay.address(), "b");
            assertEquals("a", receive(a));
            assertEquals("b", receive(b));
            send(late, relay.address(), "refused");
            awaitAtLeast(1, relay.counters()::mappingLimitDrops);
            // The third client is told apart from silent loss: its own counter and a ledger row.
            assertEquals(1, relay.counters().mappingLimitDrops());
            assertEquals(List.of("mapping-cap"), reasons());
            assertEquals(2, relay.mostMappingsAtOnce());
            // a and b fall silent: once their mappings close the late client gets one.
            awaitAtLeast(2, relay.counters()::mappingsEvicted);
            send(late, relay.address(), "served");
            assertEquals("served", receive(late));
            assertEquals(1, relay.counters().mappingLimitDrops());
        }
    }

    @Test
    void aClientWhoseSocketCannotBeOpenedIsCountedAndTheNextAttemptIsServed() throws Exception {
        // The first two opens fail as they do out of file descriptors; then the system recovers.
        AtomicInteger opens = new AtomicInteger();
        MappingOpener.Sockets exhausted = () -> {
            if (opens.incrementAndGet() <= 2) {
                throw new SocketException("Too many open files");
            }
            return DatagramChannel.open();
        };
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), exhausted);
                DatagramSocket client = socket()) {
            send(client, relay.address(), "one");
            send(client, relay.address(), "two");
            awaitAtLeast(2, relay.counters()::noSocketDrops);
            send(client, relay.address(), "three");
            assertEquals("three", receive(client), "the relay serves the client once a socket opens");
            assertEquals(2, relay.counters().noSocketDrops());
            assertEquals(List.of("no-socket", "no-socket"), reasons());
        }
    }

    @Test
    void requestsToAServerThatIsNotListeningAreCountedAsUnreachable() throws Exception {
        InetSocketAddress nobody;
        try (DatagramSocket closed = socket()) {
            nobody = (InetSocketAddress) closed.getLocalSocketAddress(); // bound, then freed: nothing listens
        }
        try (UdpRelay relay = start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, nobody), DatagramChannel::open);
                DatagramSocket client = socket()) {
            for (int i = 0; i < 10; i++) {
                send(client, relay.address(), "ping " + i);
                Thread.sleep(20); // time for the ICMP error to come back before the next request
            }
            awaitAtLeast(5, relay.counters()::serverUnreachable);
            // Each request met a closed port: the kernel says so on the read or on the next send. Only
            // the kernel's rate limit on ICMP errors could hide some, and ten in 200 ms are far below it.
            long unreachable = relay.counters().serverUnreachable();
            assertTrue(unreachable >= 5 && unreachable <= 10, unreachable + " unreachable");
            assertEquals(unreachable, reasons().stream().filter("server-unreachable"::equals).count());
            assertTrue(rows.stream().allMatch(r -> r.action() == Action.DROPPED && r.flow() == 0));
        }
    }

    private UdpRelay start(UdpRelayOptions options, MappingOpener.Sockets sockets) throws IOException {
        return UdpRelay.start(options, (scheduler, counters) -> new DirectPath(),
                new RelayLedger(ledger, System.nanoTime(), sockets));
    }

    private List<String> reasons() {
        return rows.stream().map(LedgerEntry::reason).toList();
    }

    /** Waits at most 5 s for a count the relay's pump increments after the datagram went by. */
    private static void awaitAtLeast(long count, LongSupplier counter) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (counter.getAsLong() < count && System.nanoTime() - until < 0) {
            Thread.sleep(5);
        }
    }
}
