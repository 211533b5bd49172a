package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.units.DataRate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Two engines on one {@link SharedLink}, as the UDP and the TCP relay of a concurrent run: each keeps time
 * from its own zero, and their packets still meet in one queue for one rate. Virtual time throughout.
 */
class SharedLinkTest {

    private static final DataRate RATE = DataRate.parse("10mbit");
    private static final int SIZE_BYTES = 1000;
    /** 1000-byte packets take 800 µs on 10mbit; all flows together offer twice that. */
    private static final long SERIALISATION_NANOS = 800_000;
    /** Where the two engines' clocks start on the link's clock: far apart, and not a multiple of anything. */
    private static final long[] ZEROS = {1_000_000_007L, 9_876_543_210L};
    private static final int PACKETS = 80_000;

    @Test
    void twoEnginesWithDifferentZerosWaitInOneQueue() {
        // The same moment on the link's clock is a different number on each engine's: a packet of engine 1
        // arriving then must wait for engine 0's, which came just before, and leave one serialisation later.
        // Separate queues (or a zero ignored) would release both at 800 µs after their arrival.
        SharedLink link = new SharedLink();
        ImpairmentEngine[] engines = engines(link, LinkConfig.builder().rate(RATE).limit(10).build(), LedgerSink.NONE);
        long at = 20_000_000_000L;
        Fate first = engines[0].process(0, Direction.UPLINK, 0, SIZE_BYTES, at - ZEROS[0], new byte[SIZE_BYTES]);
        Fate second = engines[1].process(0, Direction.UPLINK, 0, SIZE_BYTES, at - ZEROS[1], new byte[SIZE_BYTES]);
        assertEquals(at + SERIALISATION_NANOS, ((Fate.Delivered) first).first().releaseNanos() + ZEROS[0]);
        assertEquals(at + 2 * SERIALISATION_NANOS, ((Fate.Delivered) second).first().releaseNanos() + ZEROS[1]);
        assertEquals(new QueueTotals(2, 0), link.totals(Direction.UPLINK));
        assertEquals(link.totals(Direction.UPLINK), engines[0].sharedQueue(Direction.UPLINK), "each engine sees both");
    }

    @Test
    void theSharedLinkCarriesItsRateWithinOnePercentWithOneTwoOrFiveFlowsOverBothEngines() {
        // The flows together offer twice the rate, spread over both engines: the one link never idles, so the
        // bits delivered over the time the last one left are the rate. Two queues would carry up to 2 × rate.
        for (int flows : new int[] {1, 2, 5}) {
            Result r = overload(flows, 50);
            assertEquals(10e6, r.throughputBitsPerSecond(), 0.01 * 10e6, flows + " flows");
        }
    }

    @Test
    void noFlowOfEitherEngineIsStarved() {
        // Five flows with equal loads, three on one engine and two on the other, each get close to a fifth:
        // none below half of it. A queue that served one engine first would starve the other's flows.
        Result r = overload(5, 20);
        long total = r.delivered.values().stream().mapToLong(LongAdder::sum).sum();
        for (int flow = 0; flow < 5; flow++) {
            long mine = r.delivered.get(flow).sum();
            assertTrue(mine > total / 5 / 2, "flow " + flow + " got " + mine + " of " + total);
        }
    }

    @Test
    void tailDropsInBothEnginesLedgersSumToTheLinksTotal() {
        // Each engine writes its own flows' drops; the link counts every drop once. With twice the rate
        // offered about half are dropped, so the sum cannot be a trivial 0 = 0, and both engines must drop.
        Result r = overload(4, 20);
        long perFlow = r.dropped.values().stream().mapToLong(LongAdder::sum).sum();
        QueueTotals totals = r.link.totals(Direction.UPLINK);
        assertEquals(totals.dropped(), perFlow);
        long counted = r.engines[0].counters().count(Direction.UPLINK, Action.QUEUE_DROP)
                + r.engines[1].counters().count(Direction.UPLINK, Action.QUEUE_DROP);
        assertEquals(totals.dropped(), counted);
        assertTrue(totals.dropped() > PACKETS / 3, "dropped " + totals.dropped() + " of " + PACKETS);
        assertEquals(4, r.dropped.size(), "every flow met the full queue");
        assertEquals(QueueTotals.NONE, r.link.totals(Direction.DOWNLINK), "the other direction has its own queue");
    }

    private static ImpairmentEngine[] engines(SharedLink link, LinkConfig uplink, LedgerSink sink) {
        return new ImpairmentEngine[] {
            new ImpairmentEngine(1, uplink, LinkConfig.TRANSPARENT, sink, RuleSet.NONE, link, ZEROS[0]),
            new ImpairmentEngine(2, uplink, LinkConfig.TRANSPARENT, sink, RuleSet.NONE, link, ZEROS[1])};
    }

    /**
     * Sends {@code flows} flows, flow f through engine f % 2 (as its own flow f), together offering twice
     * the rate with exponential gaps (seeded: periodic flows would lock in phase with a tail-drop FIFO, the
     * "phase effect", which is not what is tested), each on its engine's clock.
     */
    private static Result overload(int flows, int limit) {
        Map<Integer, LongAdder> delivered = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> dropped = new ConcurrentHashMap<>();
        LedgerSink sink = e -> {
            if (e.action() == Action.QUEUE_DROP) {
                dropped.computeIfAbsent(e.flow(), f -> new LongAdder()).increment();
            } else if (e.action() == Action.FORWARDED) {
                delivered.computeIfAbsent(e.flow(), f -> new LongAdder()).increment();
            }
        };
        SharedLink link = new SharedLink();
        ImpairmentEngine[] engines = engines(link, LinkConfig.builder().rate(RATE).limit(limit).build(), sink);
        SplittableRandom random = new SplittableRandom(15);
        long t = 20_000_000_000L; // on the link's clock, after both engines' zeros
        long firstNanos = t;
        long lastReleaseNanos = t;
        long bytes = 0;
        long[] index = new long[flows];
        byte[] payload = new byte[SIZE_BYTES];
        for (int i = 0; i < PACKETS; i++) {
            int flow = i % flows;
            int e = flow % 2;
            t += (long) (-SERIALISATION_NANOS / 2.0 * Math.log(1 - random.nextDouble()));
            Fate fate = engines[e].process(flow, Direction.UPLINK, index[flow]++, SIZE_BYTES, t - ZEROS[e], payload);
            if (fate instanceof Fate.Delivered d) {
                lastReleaseNanos = Math.max(lastReleaseNanos, d.first().releaseNanos() + ZEROS[e]);
                bytes += SIZE_BYTES;
            }
        }
        return new Result(link, engines, bytes * 8 / ((lastReleaseNanos - firstNanos) / 1e9), delivered, dropped);
    }

    private record Result(SharedLink link, ImpairmentEngine[] engines, double throughputBitsPerSecond,
            Map<Integer, LongAdder> delivered, Map<Integer, LongAdder> dropped) {
    }
}
