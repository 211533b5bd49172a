package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateQueueTest {

    private static final int PACKETS = 100_000;
    private static final int SIZE_BYTES = 1000;

    @Test
    void saturatedLinkCarriesTheConfiguredRateWithinOnePercent() {
        // 1000-byte packets every 400us offer 20mbit to a 10mbit link: it never idles, so payload bits
        // over elapsed time is the link rate.
        Measured m = saturate(LinkConfig.builder().rate(DataRate.parse("10mbit")).build(), ByteSize.ZERO);
        assertEquals(10e6, m.throughputBitsPerSecond, 0.01 * 10e6);
        System.out.printf("rate 10mbit: measured %.1f bit/s, %d tail drops%n", m.throughputBitsPerSecond, m.dropped);
    }

    @Test
    void overheadLowersPayloadThroughputAsTheoryPredicts() {
        ByteSize overhead = ByteSize.parse("24B");
        Measured m = saturate(LinkConfig.builder().rate(DataRate.parse("10mbit")).overhead(overhead).build(), overhead);
        // rate × size / (size + overhead) = 10mbit × 1000/1024.
        double theory = Theory.throughputBitsPerSecond(DataRate.parse("10mbit"), SIZE_BYTES, overhead);
        assertEquals(theory, m.throughputBitsPerSecond, 0.01 * theory);
        System.out.printf("rate 10mbit overhead 24B: measured %.1f bit/s, theory %.1f%n", m.throughputBitsPerSecond, theory);
    }

    @Test
    void tailDropsAreCountedAndTheQueueNeverHoldsMoreThanTheLimit() {
        LinkConfig config = LinkConfig.builder().rate(DataRate.parse("10mbit")).limit(20).build();
        Measured m = saturate(config, ByteSize.ZERO);
        // Offered twice the rate, about half must go; every one shows up as a queue drop, none silently.
        assertTrue(m.dropped > PACKETS / 3, "dropped " + m.dropped);
        assertEquals(m.dropped, m.engine.counters().count(Direction.UPLINK, Action.QUEUE_DROP));
        assertEquals(PACKETS - m.dropped, m.engine.counters().count(Direction.UPLINK, Action.FORWARDED));
        // A packet waits behind at most 19 others plus its own 800us on the wire.
        assertTrue(m.maxDelayNanos <= 20 * 800_000L, "max delay " + m.maxDelayNanos);
    }

    @Test
    void anUnderloadedLinkAddsOnlyTheSerialisationTime() {
        // One 1000-byte packet per ms on a 10mbit link: each finds the link free and takes 800us.
        ImpairmentEngine engine = Traffic.uplinkOnly(1, LinkConfig.builder().rate(DataRate.parse("10mbit")).build());
        byte[] payload = new byte[SIZE_BYTES];
        for (int i = 0; i < PACKETS; i++) {
            Fate fate = engine.process(1, Direction.UPLINK, i, SIZE_BYTES, i * 1_000_000L, payload);
            assertEquals(i * 1_000_000L + 800_000L, assertInstanceOf(Fate.Delivered.class, fate).first().releaseNanos());
        }
    }

    @Test
    void theDefaultLimitFitsTheBandwidthDelayProductWithAFloor() {
        // 100mbit × 100ms = 10 Mbit = 834 packets of 1500 bytes.
        LinkConfig longFat = LinkConfig.builder().rate(DataRate.parse("100mbit")).delay(Duration.ofMillis(100)).build();
        assertEquals(834, longFat.queueLimitPackets().getAsInt());
        // A slow, short link still gets the floor rather than a queue of one packet.
        LinkConfig slow = LinkConfig.builder().rate(DataRate.parse("1mbit")).delay(Duration.ofMillis(1)).build();
        assertEquals(RateQueue.MIN_DEFAULT_LIMIT, slow.queueLimitPackets().getAsInt());
        assertTrue(LinkConfig.TRANSPARENT.queueLimitPackets().isEmpty(), "no rate, no queue");
    }

    private static Measured saturate(LinkConfig config, ByteSize overhead) {
        ImpairmentEngine engine = Traffic.uplinkOnly(1, config);
        byte[] payload = new byte[SIZE_BYTES];
        long spacing = 400_000;
        long deliveredBytes = 0;
        long lastRelease = 0;
        long maxDelay = 0;
        int dropped = 0;
        for (int i = 0; i < PACKETS; i++) {
            Fate fate = engine.process(1, Direction.UPLINK, i, SIZE_BYTES, i * spacing, payload);
            if (fate instanceof Fate.Delivered delivered) {
                long release = delivered.first().releaseNanos();
                deliveredBytes += SIZE_BYTES;
                lastRelease = Math.max(lastRelease, release);
                maxDelay = Math.max(maxDelay, release - i * spacing);
            } else {
                assertEquals(DropReason.QUEUE_FULL, ((Fate.Dropped) fate).reason());
                dropped++;
            }
        }
        return new Measured(engine, deliveredBytes * 8 * 1e9 / lastRelease, dropped, maxDelay);
    }

    private record Measured(ImpairmentEngine engine, double throughputBitsPerSecond, int dropped, long maxDelayNanos) {
    }
}
