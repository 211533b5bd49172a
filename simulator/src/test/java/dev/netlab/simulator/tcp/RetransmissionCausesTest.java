package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetransmissionCausesTest {

    private static final long MS = 1_000_000L;

    private static TcpPath path(LinkConfig link, long ackDelayNanos) {
        ImpairmentEngine engine = new ImpairmentEngine(1, link, LinkConfig.TRANSPARENT, e -> { });
        return new TcpPath(TcpSettings.builder().ackDelayNanos(ackDelayNanos).build(), engine, 1, Direction.UPLINK, 0,
                0, TcpLedgerSink.NONE);
    }

    @Test
    void aDroppedFirstTransmissionIsOneRepairedDrop() {
        TcpPath path = path(LinkConfig.builder().loss(new PatternLoss("X" + ".".repeat(100)))
                .delay(Duration.ofMillis(10)).build(), 10 * MS);
        byte[] data = PathDriver.randomBytes(10 * 1448, 10);
        path.offer(data, 0, data.length, 0);

        assertArrayEquals(data, TcpPathTest.concat(path.advance(30 * MS)));
        TcpPathStats stats = path.stats();
        // One drop, repaired by the fast retransmission at 20 ms: the books hold exactly that.
        assertEquals(new TcpCost.Causes(1, 0, 0, 0, 1, 0), stats.causes());
        assertEquals(20 * MS, stats.longestStallNanos(), "held from 10 ms to 30 ms, one episode");
        assertEquals(0, stats.timeoutWaitNanos());
    }

    @Test
    void aLostRetransmissionIsRepairedAgainAndItsTimersAreCounted() {
        // Transmissions 0..4 are the first ones; 4 is lost and so is its timer retransmission (5).
        TcpPath path = path(LinkConfig.builder().loss(new PatternLoss("....XX" + ".".repeat(100))).build(), 0);
        byte[] data = PathDriver.randomBytes(5 * 1448, 9);
        path.offer(data, 0, data.length, 0);

        path.advance(2_000 * MS);
        TcpPathStats stats = path.stats();
        // The timer fires at 200 ms (lost again) and at 600 ms (through): 200 + 400 ms lost to timeouts.
        assertEquals(new TcpCost.Causes(1, 1, 0, 0, 2, 0), stats.causes());
        assertEquals(2, stats.timeouts());
        assertEquals(600 * MS, stats.timeoutWaitNanos());
    }

    @Test
    void reorderingWithoutLossGivesOnlySpuriousRetransmissions() {
        // 40 ms ± 30 ms uniform: segments overtake each other, nothing is lost (high-jitter's link).
        TcpPath path = path(LinkConfig.builder().delay(Duration.ofMillis(40)).jitter(Duration.ofMillis(30)).build(),
                40 * MS);
        byte[] data = PathDriver.randomBytes(300_000, 3);

        PathDriver.Result result = PathDriver.run(path, data, 0, new SplittableRandom(3), 2_000, 100_000);

        TcpPathStats stats = path.stats();
        assertArrayEquals(data, result.delivered());
        // Seeded, so the count is fixed; what matters is that every retransmission is called spurious.
        assertTrue(stats.retransmissions() > 0, stats.toString());
        assertEquals(0, stats.causes().lostTransmissions());
        assertEquals(stats.retransmissions(), stats.causes().spurious());
        assertTrue(stats.causes().spuriousFast() > 0, stats.causes().toString());
    }

    @Test
    void aTimerShorterThanTheRoundTripFiresSpuriously() {
        // 700 ms each way against the initial 1 s timer: the first segment's timer fires before its ACK is back.
        TcpPath path = path(LinkConfig.builder().delay(Duration.ofMillis(700)).build(), 700 * MS);
        path.offer(new byte[100], 0, 100, 0);

        path.advance(1_500 * MS);
        TcpPathStats stats = path.stats();
        assertEquals(new TcpCost.Causes(0, 0, 0, 1, 0, 0), stats.causes());
        assertEquals(1, stats.timeouts());
    }

    @Test
    void everyRetransmissionHasOneCauseAndEveryLossIsRepairedOnRandomLinks() {
        // Loss, corruption, duplication and jitter at once, 20 seeds: the identity must hold on each.
        for (int seed = 0; seed < 20; seed++) {
            LinkConfig link = LinkConfig.builder().loss(Percent.of(5)).corrupt(Percent.of(1)).duplicate(Percent.of(5))
                    .delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(10)).build();
            ImpairmentEngine engine = new ImpairmentEngine(seed, link, LinkConfig.TRANSPARENT, e -> { });
            TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(20 * MS).build(), engine, 1,
                    Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
            byte[] data = PathDriver.randomBytes(200_000, seed);

            PathDriver.run(path, data, 0, new SplittableRandom(seed), 3_000, 100_000);

            TcpPathStats stats = path.stats();
            TcpCost.Causes causes = stats.causes();
            assertEquals(stats.retransmissions(), causes.retransmissions(), "seed " + seed + ": " + causes);
            assertEquals(0, causes.unrepairedLosses(), "seed " + seed + ": " + causes);
            assertEquals(stats.lostTransmissions(), causes.lostTransmissions());
        }
    }
}
