package dev.netlab.simulator.bench;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.units.Percent;
import java.time.Duration;

/** Measures the impairment engine alone on virtual time: decisions per second, no sockets. */
public final class EngineBench {

    private EngineBench() {
    }

    /** A link with loss, delay, jitter, duplicates and reordering: every stage busy. */
    static LinkConfig busyLink() {
        return LinkConfig.builder().loss(Percent.of(1)).delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(5))
                .duplicate(Percent.of(1)).reorder(Percent.of(1)).build();
    }

    /**
     * @param packets packets to decide, after as many again to warm up
     * @return decisions per second
     */
    public static double decisionsPerSecond(int packets) {
        byte[] payload = new byte[64];
        LinkConfig link = busyLink();
        run(link, payload, packets); // warm-up: let the JIT compile the pipeline
        long start = System.nanoTime();
        long sink = run(link, payload, packets);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print(""); // keeps the loop from being optimised away
        }
        return packets / seconds;
    }

    private static long run(LinkConfig link, byte[] payload, int packets) {
        ImpairmentEngine engine = new ImpairmentEngine(1, link, link, LedgerSink.NONE);
        long total = 0;
        for (int i = 0; i < packets; i++) {
            total += engine.process(i & 7, Direction.UPLINK, i >>> 3, payload.length, i * 100_000L, payload).hashCode() & 1;
        }
        return total;
    }
}
