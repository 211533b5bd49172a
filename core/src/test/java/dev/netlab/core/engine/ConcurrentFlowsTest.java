package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentFlowsTest {

    private static final LinkConfig CONFIG = LinkConfig.builder().loss(Percent.parse("5%"))
            .delay(Duration.ofMillis(10)).jitter(Duration.ofMillis(2)).duplicate(Percent.parse("1%")).build();

    @Test
    void flowsProcessedOnSeveralThreadsMeetTheSameFatesAsOnOne() throws Exception {
        // The documented contract: one thread per (flow, direction), several flows at once. Per-flow
        // pipelines and generators mean the fates cannot depend on how the threads interleave.
        int flows = 4;
        int packets = 25_000;
        ImpairmentEngine sequential = new ImpairmentEngine(9, CONFIG, CONFIG, LedgerSink.NONE);
        List<List<Long>> expected = new ArrayList<>();
        for (int flow = 0; flow < flows; flow++) {
            expected.add(run(sequential, flow, packets));
        }
        ImpairmentEngine shared = new ImpairmentEngine(9, CONFIG, CONFIG, LedgerSink.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(flows);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int flow = 0; flow < flows; flow++) {
                int f = flow;
                results.add(pool.submit(() -> run(shared, f, packets)));
            }
            for (int flow = 0; flow < flows; flow++) {
                assertEquals(expected.get(flow), results.get(flow).get(), "flow " + flow);
            }
        } finally {
            pool.shutdownNow();
        }
        // The counters are shared by all threads and must lose no increment.
        assertEquals(sequential.counters(), shared.counters());
    }

    /** Release time of each delivered copy, -1 for a drop. */
    private static List<Long> run(ImpairmentEngine engine, int flow, int packets) {
        List<Long> releases = new ArrayList<>(packets);
        byte[] payload = new byte[20];
        for (int i = 0; i < packets; i++) {
            Fate fate = engine.process(flow, Direction.UPLINK, i, 20, i * 100_000L, payload);
            if (fate instanceof Fate.Delivered delivered) {
                delivered.deliveries().forEach(d -> releases.add(d.releaseNanos()));
            } else {
                releases.add(-1L);
            }
        }
        return releases;
    }
}
