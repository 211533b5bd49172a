package dev.netlab.simulator.relay.tcp;

import static dev.netlab.simulator.relay.tcp.TcpEchoFixture.ANY_LOOPBACK_PORT;
import static dev.netlab.simulator.relay.tcp.TcpRelayTest.concurrentEchoes;
import static dev.netlab.simulator.relay.tcp.TcpRelayTest.connect;
import static dev.netlab.simulator.relay.tcp.TcpRelayTest.random;
import static dev.netlab.simulator.relay.tcp.TcpRelayTest.sendAndReadAll;
import static dev.netlab.simulator.relay.tcp.TcpRelayTest.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats.State;
import dev.netlab.simulator.tcp.TcpAction;
import dev.netlab.simulator.tcp.TcpLedgerEntry;
import dev.netlab.simulator.tcp.TcpPathStats;
import dev.netlab.core.tcp.TcpSettings;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 40, unit = TimeUnit.SECONDS)
@Tag("socket")
class ImpairedTcpRelayTest {

    private static final long MS = 1_000_000L;

    @Test
    void everyByteArrivesIdenticalThroughLossReorderDuplicatesAndCorruption() throws Exception {
        LinkConfig rough = LinkConfig.builder().loss(Percent.of(2)).delay(Duration.ofMillis(1))
                .reorder(Percent.of(5)).duplicate(Percent.of(2)).corrupt(Percent.of(1)).build();
        ImpairmentEngine engine = new ImpairmentEngine(7, rough, rough, LedgerSink.NONE);
        byte[] data = random(2 << 20, 2);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        TcpSettings.builder().minRtoNanos(20 * MS).build(), e -> { })) {
            byte[] echoed = sendAndReadAll(relay.address(), data);
            // Equal digests after both directions crossed the rough link: TCP's contract held,
            // while the counters show the link really lost, reordered and duplicated.
            assertArrayEquals(sha256(data), sha256(echoed));
            TcpConnectionStats stats = relay.connections().get(0);
            assertTrue(stats.uplink().retransmissions() > 0 && stats.downlink().retransmissions() > 0);
            assertTrue(stats.uplink().duplicatesDiscarded() > 0, "duplicates reached the receiver and were discarded");
            assertTrue(engine.counters().total(Action.CORRUPTED) > 0 && engine.counters().total(Action.REORDERED) > 0);
            assertEquals(data.length, stats.downlink().bytesDelivered());
        }
    }

    @Test
    void retransmissionsEqualTheDataSegmentsTheEngineDropped() throws Exception {
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(5)).delay(Duration.ofMillis(1)).build();
        ImpairmentEngine engine = new ImpairmentEngine(11, lossy, LinkConfig.TRANSPARENT, LedgerSink.NONE);
        ConcurrentLinkedQueue<TcpLedgerEntry> ledger = new ConcurrentLinkedQueue<>();
        byte[] data = random(1 << 20, 3);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        TcpSettings.builder().minRtoNanos(20 * MS).build(), ledger::add)) {
            assertArrayEquals(sha256(data), sha256(sendAndReadAll(relay.address(), data)));
            TcpRelayTest.awaitState(relay, 0, State.CLOSED);
            TcpPathStats uplink = relay.connections().get(0).uplink();
            long synLosses = ledger.stream().filter(e -> e.action() == TcpAction.LOST && e.reason().startsWith("syn"))
                    .count();
            long engineDrops = engine.counters().count(Direction.UPLINK, Action.DROPPED);
            // On a lossy FIFO link each retransmission repairs exactly one drop: none is spurious, none missed.
            assertTrue(uplink.retransmissions() > 10, "5% of about 725 segments");
            assertEquals(engineDrops - synLosses, uplink.retransmissions());
            assertEquals(uplink.lostTransmissions(), uplink.retransmissions());
            assertEquals(uplink.retransmissions(),
                    ledger.stream().filter(e -> e.action() == TcpAction.RETRANSMITTED).count());
            assertEquals(0, relay.connections().get(0).downlink().retransmissions(), "the downlink was clean");
        }
    }

    @Test
    void dataWaitsForTheEmulatedHandshakeWhoseTimeIsReported() throws Exception {
        LinkConfig slow = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, slow, slow, LedgerSink.NONE);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        TcpSettings.defaults(), e -> { })) {
            // Timed from before connect(): the emulated handshake starts at the relay's accept, which can come
            // before connect() returns to this thread, so a clock started after it could read 79 ms.
            long start = System.nanoTime();
            try (Socket client = connect(relay.address())) {
                client.getOutputStream().write(42);
                assertEquals(42, client.getInputStream().read());
            }
            long tookNanos = System.nanoTime() - start;
            // Handshake (20 + 20 ms), then the byte up (20 ms) and back (20 ms): never sooner.
            assertTrue(tookNanos >= 80 * MS, "took " + tookNanos / MS + " ms");
            assertEquals(40 * MS, relay.connections().get(0).handshakeNanos());
        }
    }

    @Test
    void aHandshakeThatGivesUpResetsTheClientAfterDoublingTimeouts() throws Exception {
        LinkConfig down = LinkConfig.builder().down(true).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, down, LinkConfig.TRANSPARENT, LedgerSink.NONE);
        TcpSettings impatient = TcpSettings.builder().initialRtoNanos(10 * MS).minRtoNanos(10 * MS)
                .synRetries(2).build();
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        impatient, e -> { });
                Socket client = connect(relay.address())) {
            assertThrows(SocketException.class, () -> client.getInputStream().read());
            TcpConnectionStats stats = relay.connections().get(0);
            assertEquals(State.HANDSHAKE_FAILED, stats.state());
            // SYN timers of 10, 20 and 40 ms: the backoff doubles before the client gives up.
            assertEquals(70 * MS, stats.handshakeNanos());
            assertEquals(1, relay.counters().handshakeFailures());
        }
    }

    @Test
    void closeStopsTheTimerThreadToo() throws Exception {
        LinkConfig slow = LinkConfig.builder().delay(Duration.ofMillis(1)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, slow, slow, LedgerSink.NONE);
        String port;
        try (TcpEchoFixture server = new TcpEchoFixture()) {
            TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                    TcpSettings.defaults(), e -> { });
            port = String.valueOf(relay.address().getPort());
            try (Socket client = connect(relay.address())) {
                client.getOutputStream().write(9);
                assertEquals(9, client.getInputStream().read());
                relay.close();
                assertThrows(SocketException.class, () -> client.getInputStream().read());
            }
            try (java.net.ServerSocket again = new java.net.ServerSocket()) {
                again.bind(relay.address()); // the front port is free again
            }
        }
        // Both the loop and the timer thread carry the port in their names.
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("netlab-tcp-relay") && t.getName().endsWith(port)));
    }

    @Test
    void twoHundredConcurrentConnectionsCrossASlowLink() throws Exception {
        LinkConfig slow = LinkConfig.builder().delay(Duration.ofMillis(2)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, slow, slow, LedgerSink.NONE);
        try (TcpEchoFixture server = new TcpEchoFixture();
                TcpRelay relay = TcpRelay.start(TcpRelayOptions.of(ANY_LOOPBACK_PORT, server.address()), engine,
                        TcpSettings.defaults(), e -> { })) {
            concurrentEchoes(relay, 200);
            List<TcpConnectionStats> stats = relay.connections();
            assertTrue(stats.stream().allMatch(s -> s.handshakeNanos() == 4 * MS), "each had its own handshake");
            // Every connection is over: the engine keeps no state of any of them (bounded memory for a
            // proxy that serves many clients over time). Waits at most 10 s for the last closes.
            long until = System.nanoTime() + 10_000_000_000L;
            while (engine.flowsHeld() > 0 && System.nanoTime() - until < 0) {
                Thread.sleep(10);
            }
            assertEquals(0, engine.flowsHeld());
        }
    }
}
