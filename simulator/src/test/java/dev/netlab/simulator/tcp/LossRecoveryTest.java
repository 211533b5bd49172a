package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.CorruptMode;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.tcp.CongestionControl;
import dev.netlab.core.tcp.RecoveryAlgorithm;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LossRecoveryTest {

    private static final long MS = 1_000_000L;

    @Test
    void retransmissionsEqualTheTransmissionsTheEngineLost() {
        for (CorruptMode mode : CorruptMode.values()) {
            LinkConfig link = LinkConfig.builder().loss(Percent.of(5)).corrupt(Percent.of(2)).corruptMode(mode)
                    .delay(Duration.ofMillis(10)).build();
            List<LedgerEntry> entries = Collections.synchronizedList(new ArrayList<>());
            ImpairmentEngine engine = new ImpairmentEngine(42, link, LinkConfig.TRANSPARENT, entries::add);
            TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(10 * MS).build(), engine, 1,
                    Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
            byte[] data = PathDriver.randomBytes(8_000_000, 5);

            PathDriver.Result result = PathDriver.run(path, data, 0, new SplittableRandom(5), 50_000, 1_000_000);

            long lost = entries.stream().filter(e -> e.action() == Action.DROPPED
                    || e.action() == Action.CORRUPTED && e.reason().equals("bit-flipped")).count();
            TcpPathStats stats = path.stats();
            assertArrayEquals(data, result.delivered());
            // Without reordering or duplicates a FIFO link gives no false alarms: every retransmission repairs
            // exactly one transmission the engine dropped or corrupted, and every such loss is repaired once.
            assertEquals(lost, stats.retransmissions(), mode + ": " + stats);
            assertEquals(lost, stats.lostTransmissions());
            assertTrue(lost > 300, "enough losses to mean something: " + lost);
            assertTrue(stats.fastRetransmissions() > 0 && stats.partialAckRetransmissions() >= 0
                    && stats.timeoutRetransmissions() > 0, stats.toString());
        }
    }

    @Test
    void retransmissionTimeoutDoublesWhileTheLinkIsDown() {
        LinkConfig delayed = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        ImpairmentEngine engine = new ImpairmentEngine(7, delayed, delayed, e -> { });
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(20 * MS).build(), engine, 1, Direction.UPLINK,
                0, 0, ledger::add);
        // A clean exchange first gives RTT samples of 40 ms, so the RTO sits at its 200 ms floor.
        path.offer(new byte[1000], 0, 1000, 0);
        path.advance(100 * MS);
        assertEquals(200 * MS, path.stats().rtoNanos());

        engine.setLink(Direction.UPLINK, delayed.toBuilder().down(true).build());
        path.offer(new byte[1000], 0, 1000, 100 * MS);
        path.advance(100 * MS + 6_200 * MS);

        List<Long> timeouts = ledger.stream().filter(e -> e.action() == TcpAction.TIMEOUT)
                .map(TcpLedgerEntry::timeNanos).toList();
        // Sent at 100 ms; each timer is twice the last (RFC 6298 5.5): 200, 400, 800, 1600, 3200 ms.
        assertEquals(List.of(300 * MS, 700 * MS, 1500 * MS, 3100 * MS, 6300 * MS), timeouts);
        assertEquals(5, path.stats().timeoutRetransmissions());

        engine.setLink(Direction.UPLINK, delayed);
        List<byte[]> after = path.advance(100 * MS + 12_500 * MS);
        // The next retransmission (at 12.7 s) is the first through the restored link; it arrives 20 ms later.
        assertTrue(after.isEmpty());
        assertEquals(1000, TcpPathTest.concat(path.advance(12_720 * MS)).length);
    }

    @Test
    void aLostLastSegmentIsRepairedByTheTimerAfterTheInitialRto() {
        // Transmission 4 of 0..4 is lost: no later segment makes duplicate ACKs, so only the timer helps.
        LinkConfig link = LinkConfig.builder().loss(new PatternLoss("....X" + ".".repeat(100))).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, link, LinkConfig.TRANSPARENT, e -> { });
        TcpPath path = new TcpPath(TcpSettings.defaults(), engine, 1, Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(5 * 1448, 9);

        path.offer(data, 0, data.length, 0);
        byte[] first = TcpPathTest.concat(path.advance(0));
        long timer = path.nextEventNanos();
        byte[] rest = TcpPathTest.concat(path.advance(timer));

        // Zero delay gives no RTT samples before the loss (ACKs are instant, samples are 0 → RTO 200 ms).
        assertEquals(4 * 1448, first.length);
        assertEquals(200 * MS, timer);
        assertEquals(1448, rest.length);
        assertEquals(1, path.stats().timeouts());
    }

    @Test
    void holeDelaysLaterSegmentsAndTheWaitIsCounted() {
        LinkConfig link = LinkConfig.builder().loss(new PatternLoss("X" + ".".repeat(100)))
                .delay(Duration.ofMillis(10)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, link, LinkConfig.TRANSPARENT, e -> { });
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(10 * MS).build(), engine, 1, Direction.UPLINK,
                0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(10 * 1448, 10);

        path.offer(data, 0, data.length, 0);
        List<byte[]> atArrival = path.advance(10 * MS);
        // Three dup ACKs reach the sender at 20 ms, the fast retransmission arrives at 30 ms.
        byte[] atRepair = TcpPathTest.concat(path.advance(30 * MS));

        assertTrue(atArrival.isEmpty(), "segments 2..10 arrived but wait behind the hole");
        assertArrayEquals(data, atRepair);
        TcpPathStats stats = path.stats();
        assertEquals(1, stats.fastRetransmissions());
        assertEquals(20 * MS, stats.stallNanos(), "held from 10 ms to 30 ms");
        assertEquals(9 * 20 * MS, stats.holWaitNanos(), "nine segments waited 20 ms each");
    }

    @Test
    void aSegmentMeetsTheSameFateHoweverTheBytesBeforeItWereCut() {
        // The same 200 segments of 1448 B, except that in run B the first one is offered as two halves.
        Set<Long> a = firstTransmissionsLost(false);
        Set<Long> b = firstTransmissionsLost(true);
        // Fates are drawn by (place in the stream, transmission number): from byte 1448 on the segments are
        // the same and so are their fates. Drawn by count, B's extra transmission would shift every later one.
        assertEquals(a.stream().filter(seq -> seq >= 1448).toList(), b.stream().filter(seq -> seq >= 1448).toList());
        assertTrue(a.size() > 10, "10% of 200 segments: " + a.size());
    }

    /** The stream offsets of the segments whose first transmission was lost. */
    private static Set<Long> firstTransmissionsLost(boolean splitFirst) {
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(10)).delay(Duration.ofMillis(5)).build();
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        ImpairmentEngine engine = new ImpairmentEngine(99, lossy, LinkConfig.TRANSPARENT, e -> { });
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(5 * MS).build(), engine, 3, Direction.UPLINK,
                0, 0, ledger::add);
        byte[] data = PathDriver.randomBytes(200 * 1448, 1);
        for (int k = 0; k < 200; k++) {
            if (k == 0 && splitFirst) {
                path.offer(data, 0, 724, 0);
                path.offer(data, 724, 724, 0);
            } else {
                path.offer(data, k * 1448, 1448, k * MS);
            }
            path.advance(k * MS);
        }
        path.finish(200 * MS);
        for (int step = 0; step < 100_000 && !path.isDrained(); step++) {
            path.advance(path.nextEventNanos());
        }
        assertTrue(path.isDrained());
        Set<Long> firstSends = new TreeSet<>();
        Set<Long> lost = new TreeSet<>();
        for (TcpLedgerEntry e : ledger) {
            if (e.action() == TcpAction.SENT) {
                firstSends.add(e.index());
            } else if (e.action() == TcpAction.LOST && firstSends.contains(e.index())) {
                lost.add(e.seq());
            }
        }
        return lost;
    }

    @Test
    void theSettingsChooseTheRecoveryAndNewRenoIsTheOneThereIs() {
        CongestionWindow window = new CongestionWindow(CongestionControl.NEWRENO, 1448, 10);
        // Every constant of the settings' enum maps to a class (the switch in LossRecovery.of is exhaustive).
        for (RecoveryAlgorithm algorithm : RecoveryAlgorithm.values()) {
            assertNotNull(LossRecovery.of(algorithm, window), algorithm.name());
        }
        assertInstanceOf(NewRenoRecovery.class, LossRecovery.of(RecoveryAlgorithm.NEWRENO, window));
        assertEquals(RecoveryAlgorithm.NEWRENO, TcpSettings.defaults().recovery());
    }
}
