package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.DataRate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class SharedQueueTest {

    private static final DataRate RATE = DataRate.parse("10mbit");
    private static final int SIZE_BYTES = 1000;
    /** 1000-byte packets take 800us on 10mbit; all flows together offer twice that. */
    private static final long SERIALISATION_NANOS = 800_000;
    private static final int ROUNDS_PER_FLOW_COUNT = 80_000;

    @Test
    void aSharedLinkCarriesItsRateWithinOnePercentWithOneTwoOrEightFlows() {
        // Whatever the number of flows, together offering twice the rate, the one link never idles: payload
        // bits delivered over the time the last one left is the link's rate. Per-flow queues would carry n × rate.
        for (int flows : new int[] {1, 2, 8}) {
            Result r = overload(flows, LinkConfig.builder().rate(RATE).limit(50).build());
            assertEquals(10e6, r.throughputBitsPerSecond(), 0.01 * 10e6, flows + " flows");
            System.out.printf("%d flows on 10mbit: %.0f bit/s, drops %d%n", flows, r.throughputBitsPerSecond(), r.engine().sharedQueue(Direction.UPLINK).dropped());
        }
    }

    @Test
    void noFlowIsStarvedOnASharedLink() {
        // Eight flows offering equal loads to a FIFO each get close to an eighth: none below half of it. A queue
        // discipline that served one flow first (or let one flow's burst fill the queue for good) would fail.
        int flows = 8;
        Result r = overload(flows, LinkConfig.builder().rate(RATE).limit(20).build());
        long total = r.deliveredPerFlow.values().stream().mapToLong(LongAdder::sum).sum();
        for (int flow = 1; flow <= flows; flow++) {
            long mine = r.deliveredPerFlow.get(flow).sum();
            assertTrue(mine > total / flows / 2, "flow " + flow + " got " + mine + " of " + total);
        }
    }

    @Test
    void tailDropsCountedPerFlowSumToTheQueuesTotal() {
        // The ledger writes each drop under its flow; the queue counts them itself. They must agree, and with
        // twice the rate offered about half must be dropped, so the sum is not trivially 0 = 0.
        Result r = overload(4, LinkConfig.builder().rate(RATE).limit(20).build());
        long perFlowSum = r.droppedPerFlow.values().stream().mapToLong(LongAdder::sum).sum();
        QueueTotals totals = r.engine.sharedQueue(Direction.UPLINK);
        assertEquals(totals.dropped(), perFlowSum);
        assertEquals(totals.dropped(), r.engine.counters().count(Direction.UPLINK, Action.QUEUE_DROP));
        assertTrue(totals.dropped() > r.sent / 3, "dropped " + totals.dropped() + " of " + r.sent);
        assertEquals(4, r.droppedPerFlow.size(), "every flow met the full queue");
    }

    @Test
    void perFlowQueuesGiveEachFlowTheWholeRate() {
        // share: per-flow keeps the old behaviour: two flows each offered 2× the rate each carry the rate.
        Result r = overload(2, LinkConfig.builder().rate(RATE).limit(50).share(LinkShare.PER_FLOW).build());
        assertEquals(20e6, r.throughputBitsPerSecond(), 0.01 * 20e6);
        assertEquals(QueueTotals.NONE, r.engine.sharedQueue(Direction.UPLINK));
    }

    /**
     * Sends {@code flows} flows in turn, together offering twice the rate, on virtual time, with exponential
     * gaps (seeded). Exactly periodic flows would lock in phase with a tail-drop FIFO, where one flow always
     * finds the slot another just freed (the "phase effect" of drop-tail, which netem's FIFO shares); random
     * gaps are what the discipline itself does, and what the test is about.
     */
    private static Result overload(int flows, LinkConfig config) {
        Map<Integer, LongAdder> delivered = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> dropped = new ConcurrentHashMap<>();
        LedgerSink sink = e -> {
            if (e.action() == Action.QUEUE_DROP) {
                dropped.computeIfAbsent(e.flow(), f -> new LongAdder()).increment();
            } else if (e.action() == Action.FORWARDED) {
                delivered.computeIfAbsent(e.flow(), f -> new LongAdder()).increment();
            }
        };
        ImpairmentEngine engine = new ImpairmentEngine(1, config, LinkConfig.TRANSPARENT, sink);
        int rounds = ROUNDS_PER_FLOW_COUNT / flows;
        double meanSpacingNanos = SERIALISATION_NANOS / 2.0;
        SplittableRandom random = new SplittableRandom(15);
        long t = 0;
        byte[] payload = new byte[SIZE_BYTES];
        long lastReleaseNanos = 0;
        long bytes = 0;
        long sent = 0;
        for (int i = 0; i < rounds; i++) {
            for (int flow = 1; flow <= flows; flow++) {
                t += (long) (-meanSpacingNanos * Math.log(1 - random.nextDouble()));
                Fate fate = engine.process(flow, Direction.UPLINK, i, SIZE_BYTES, t, payload);
                sent++;
                if (fate instanceof Fate.Delivered d) {
                    lastReleaseNanos = Math.max(lastReleaseNanos, d.first().releaseNanos());
                    bytes += SIZE_BYTES;
                }
            }
        }
        return new Result(engine, bytes * 8 / (lastReleaseNanos / 1e9), delivered, dropped, sent);
    }

    private record Result(ImpairmentEngine engine, double throughputBitsPerSecond, Map<Integer, LongAdder> deliveredPerFlow,
            Map<Integer, LongAdder> droppedPerFlow, long sent) {
    }
}
