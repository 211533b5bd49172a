package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.DataRate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The rate queue behind jitter, as docs/impairments.md describes it: the link is reserved in the
 * order packets arrive (as netem computes each packet's send time from the last one's), so a
 * packet still in its delay holds its place in the queue and a small {@code limit} tail-drops.
 */
class RateQueueJitterTest {

    private static final int PACKETS = 20_000;
    private static final int SIZE_BYTES = 125;
    /** 125 B every 10 ms is 100 kbit/s: 10% of the 1 mbit link; each packet takes 1 ms on the wire. */
    private static final long SPACING_NANOS = 10_000_000;

    private static int[] run(LinkConfig config) {
        ImpairmentEngine engine = Traffic.uplinkOnly(7, config);
        int[] droppedAndOutOfOrder = new int[2];
        long lastRelease = Long.MIN_VALUE;
        byte[] payload = new byte[SIZE_BYTES];
        for (int i = 0; i < PACKETS; i++) {
            Fate fate = engine.process(1, Direction.UPLINK, i, SIZE_BYTES, i * SPACING_NANOS, payload);
            if (fate instanceof Fate.Delivered d) {
                droppedAndOutOfOrder[1] += d.first().releaseNanos() < lastRelease ? 1 : 0;
                lastRelease = Math.max(lastRelease, d.first().releaseNanos());
            } else {
                droppedAndOutOfOrder[0]++;
            }
        }
        return droppedAndOutOfOrder;
    }

    private static LinkConfig.Builder link(Duration jitter) {
        return LinkConfig.builder().delay(Duration.ofMillis(20)).jitter(jitter).rate(DataRate.parse("1mbit"));
    }

    @Test
    void withJitterBeforeASmallQueueEarlierPacketsStillInTheirDelayCountAgainstTheLimit() {
        // Seeded, so the counts are fixed; the bounds only say "many" and "none" (no false failures).
        // Jitter ±15 ms against 10 ms spacing: a later packet often reaches the link while an earlier
        // one, reserved ahead of it, is still delayed; with limit 2 that is a full queue.
        int[] jittered = run(link(Duration.ofMillis(15)).limit(2).build());
        assertTrue(jittered[0] > PACKETS / 50, "tail drops with jitter: " + jittered[0]);
        int[] steady = run(link(Duration.ZERO).limit(2).build());
        assertEquals(0, steady[0], "without jitter each packet finds the link idle");
        System.out.printf("rate 1mbit, limit 2, 10%% load: %.1f%% tail drops with jitter 15ms, %d without%n",
                100.0 * jittered[0] / PACKETS, steady[0]);
    }

    @Test
    void theDefaultLimitAbsorbsTheJitterAndTheLinkNeverReorders() {
        // The default limit is rate × (delay + jitter) in full packets, at least 64: far above the
        // 3 or 4 packets a 30 ms jitter spread can hold. Packets leave in arrival order.
        int[] defaults = run(link(Duration.ofMillis(15)).build());
        assertEquals(0, defaults[0], "tail drops with the default limit");
        assertEquals(0, defaults[1], "releases out of arrival order");
    }
}
