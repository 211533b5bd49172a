package dev.netlab.simulator.relay.udp;

import static dev.netlab.simulator.relay.udp.UdpRelayTest.ANY_LOOPBACK_PORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.simulator.server.UdpServer;
import java.net.DatagramSocket;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Out of memory, the UDP relay lets go of what it holds delayed, counts it and goes on serving. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class UdpRelayOutOfMemoryTest {

    @Test
    void outOfMemoryDiscardsTheDelayedDatagramsCountsThemAndTheRelayGoesOn() throws Exception {
        // "d..." waits a minute (what fills the heap under a long --delay), "boom" meets a full heap,
        // anything else passes at once.
        UdpRelay.RelayPaths paths = (scheduler, counters) -> (flow, uplink, index, datagram, arrivalNanos, to) -> {
            byte first = datagram.get(datagram.position());
            if (first == 'b') {
                throw new OutOfMemoryError("Java heap space (injected)");
            }
            if (first == 'd') {
                scheduler.schedule(System.nanoTime() + TimeUnit.MINUTES.toNanos(1), datagram.remaining(), () -> { });
                return;
            }
            to.send(datagram);
        };
        try (UdpServer server = UdpServer.start(ANY_LOOPBACK_PORT, ServerMode.ECHO);
                UdpRelay relay = UdpRelay.start(UdpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), paths,
                        RelayLedger.of(LedgerSink.NONE, System.nanoTime()));
                DatagramSocket client = UdpRelayTest.socket()) {
            for (int i = 0; i < 3; i++) {
                UdpRelayTest.send(client, relay.address(), "d" + i);
            }
            await(relay::queuedDatagrams, 3);
            UdpRelayTest.send(client, relay.address(), "boom");
            // The datagram that met the error and the three delayed ones it discarded.
            await(() -> relay.counters().handlingErrors(), 4);
            assertEquals(0, relay.queuedDatagrams());
            UdpRelayTest.send(client, relay.address(), "after");
            assertEquals("after", UdpRelayTest.receive(client), "the relay still serves");
            assertFalse(relay.failure().toCompletableFuture().isDone(), "the relay did not give up");
        }
    }

    private static void await(LongSupplier value, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (value.getAsLong() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(expected, value.getAsLong());
    }
}
