package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.CorruptMode;
import dev.netlab.core.engine.DelayDistribution;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.GilbertElliottLoss;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.tcp.CongestionControl;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TcpPathPropertyTest {

    @Test
    void everyOfferedByteComesOutOnceInOrderWhateverTheLinkDoes() {
        SplittableRandom cases = new SplittableRandom(20_261_122);
        long retransmissions = 0;
        long duplicates = 0;
        for (int i = 0; i < 150; i++) {
            LinkConfig link = randomLink(cases);
            long seed = cases.nextLong();
            TcpSettings settings = randomSettings(cases);
            byte[] data = PathDriver.randomBytes(1 + cases.nextInt(200_000), seed);
            ImpairmentEngine engine = new ImpairmentEngine(seed, link, LinkConfig.TRANSPARENT, LedgerSink.NONE);
            TcpPath path = new TcpPath(settings, engine, 1 + cases.nextInt(5), Direction.UPLINK, 0, 0,
                    TcpLedgerSink.NONE);

            PathDriver.Result result = PathDriver.run(path, data, 0, new SplittableRandom(seed), 1 + cases.nextInt(20_000),
                    5_000_000);

            // Identical arrays: nothing lost (every hole repaired), nothing doubled (duplicates and
            // spurious retransmissions discarded), nothing out of place (strict in-order release).
            assertArrayEquals(data, result.delivered(), () -> "case " + link + " " + settings + " seed " + seed);
            retransmissions += path.stats().retransmissions();
            duplicates += path.stats().duplicatesDiscarded();
        }
        // The cases really exercised repair and discarding, so the equality above is not vacuous.
        assertTrue(retransmissions > 1000, "retransmissions " + retransmissions);
        assertTrue(duplicates > 100, "duplicates discarded " + duplicates);
    }

    private static LinkConfig randomLink(SplittableRandom r) {
        LinkConfig.Builder b = LinkConfig.builder();
        switch (r.nextInt(3)) {
            case 0 -> b.loss(new Percent(r.nextDouble() * 0.2));
            case 1 -> b.loss(new GilbertElliottLoss(new Percent(r.nextDouble() * 0.05), new Percent(0.2 + r.nextDouble() * 0.6)));
            default -> { }
        }
        long delayMs = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(60);
        b.delay(Duration.ofMillis(delayMs));
        if (delayMs > 0 && r.nextBoolean()) {
            b.jitter(Duration.ofMillis(r.nextInt((int) delayMs + 1)));
            b.distribution(DelayDistribution.values()[r.nextInt(DelayDistribution.values().length)]);
            b.preserveOrder(r.nextInt(4) == 0);
        }
        if (delayMs > 0 && r.nextBoolean()) {
            b.reorder(new Percent(r.nextDouble() * 0.3)).gap(1 + r.nextInt(5));
        }
        if (r.nextBoolean()) {
            b.duplicate(new Percent(r.nextDouble() * 0.1));
        }
        if (r.nextBoolean()) {
            b.corrupt(new Percent(r.nextDouble() * 0.1)).corruptMode(r.nextBoolean() ? CorruptMode.DROP : CorruptMode.DELIVER);
        }
        if (r.nextInt(3) == 0) {
            b.rate(DataRate.ofMegabits(1 + r.nextInt(100)));
            if (r.nextBoolean()) {
                b.limit(5 + r.nextInt(100));
            }
        }
        return b.build();
    }

    private static TcpSettings randomSettings(SplittableRandom r) {
        int mss = r.nextBoolean() ? TcpSettings.DEFAULT_MSS_BYTES : 1 + r.nextInt(3000);
        TcpSettings s = TcpSettings.builder().mssBytes(mss)
                .windowBytes(mss * (1 + r.nextInt(100)))
                .ackDelayNanos(r.nextInt(50) * 1_000_000L).build();
        return r.nextInt(4) == 0 ? s.toBuilder().cc(CongestionControl.NONE).build() : s;
    }
}
