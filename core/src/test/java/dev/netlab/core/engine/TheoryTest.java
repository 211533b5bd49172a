package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TheoryTest {

    @Test
    void gilbertElliottFormulasGiveTheTextbookNumbers() {
        // p = 1%, r = 25%: π_B = 0.01/0.26, mean burst 1/0.25 = 4, worked by hand in docs/impairments.md.
        GilbertElliottLoss model = new GilbertElliottLoss(Percent.parse("1%"), Percent.parse("25%"));
        assertEquals(0.01 / 0.26, Theory.gilbertElliottLossRate(model), 1e-12);
        assertEquals(4.0, Theory.gilbertElliottMeanBurstPackets(model), 1e-12);
        GilbertElliottLoss partial = new GilbertElliottLoss(Percent.parse("1%"), Percent.parse("25%"),
                Percent.parse("50%"), Percent.parse("1%"));
        assertEquals(0.01 / 0.26 * 0.5 + 0.25 / 0.26 * 0.01, Theory.gilbertElliottLossRate(partial), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Theory.gilbertElliottMeanBurstPackets(partial));
    }

    @Test
    void reorderShareFallsWithTheGap() {
        // gap 1: every copy a candidate, so the share is the probability itself.
        assertEquals(0.10, Theory.reorderedShare(new Reorder(Percent.parse("10%"), 1)), 1e-12);
        assertEquals(0.125, Theory.reorderedShare(new Reorder(Percent.parse("25%"), 5)), 1e-12);
    }

    @Test
    void meanDelayKnowsTheClampOfTheUniformAndTheNormal() {
        // Uniform 1ms ± 3ms is clamped below 0: mean (1 + 3)²/(4·3) ms = 4/3 ms, above the configured 1ms.
        Delay uniform = new Delay(Duration.ofMillis(1), Duration.ofMillis(3), DelayDistribution.UNIFORM, false);
        assertEquals(4e6 / 3, Theory.meanDelayNanos(uniform), 1);
        // Normal with delay 0: half the draws clamp to 0, the other half average σ·√(2/π), so σ/√(2π).
        Delay normal = new Delay(Duration.ZERO, Duration.ofMillis(10), DelayDistribution.NORMAL, false);
        assertEquals(10e6 / Math.sqrt(2 * Math.PI), Theory.meanDelayNanos(normal), 1);
        Delay exponential = new Delay(Duration.ofMillis(20), Duration.ofMillis(5), DelayDistribution.EXPONENTIAL, false);
        assertEquals(25e6, Theory.meanDelayNanos(exponential), 1e-6);
    }

    @Test
    void throughputLosesTheOverheadShare() {
        // 10mbit with 1000-byte payloads and 24 bytes of overhead: 1000/1024 of the rate.
        assertEquals(9_765_625, Theory.throughputBitsPerSecond(DataRate.parse("10mbit"), 1000, ByteSize.parse("24B")),
                1e-6);
    }
}
