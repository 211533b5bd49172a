package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.probe.Probe;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.DataRate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The emulated arrival clock on virtual time, with the engine: requests and replies whose real arrival
 * times are perturbed (late sends, late reads) meet the same decisions, rate-queue drops included, as
 * long as the schedule is the same.
 */
class ProbeArrivalClockTest {

    private static final long START_NANOS = 5_000_000_000L;
    private static final int MESSAGES = 2_000;
    /** A 2 Mbit/s link with a 20-packet queue fed 1200 B every 3.2 ms, 3 Mbit/s: the congested scenario. */
    private static final LinkConfig CONGESTED = LinkConfig.builder().delay(Duration.ofMillis(10))
            .rate(DataRate.parse("2mbit")).limit(20).build();
    private static final Traffic VIDEO = new Traffic(Profile.VIDEO, 1, MESSAGES, 1200, Duration.ofNanos(3_200_000), 1,
            Optional.empty(), ServerMode.ECHO);

    /** A datagram as the relay reads it: its real arrival and the order it is processed in. */
    private record Read(Direction direction, long realNanos, byte[] payload) {
    }

    /**
     * Every decision (direction, index, dropped or delivered) when each request really arrives up to
     * {@code lateMaxNanos} after its schedule and each reply as late after its request's real release.
     */
    private static List<String> decisions(ArrivalClock clock, Runnable start, long lateMaxNanos, long noiseSeed) {
        SplittableRandom noise = new SplittableRandom(noiseSeed);
        ImpairmentEngine engine = new ImpairmentEngine(17, CONGESTED, CONGESTED, LedgerSink.NONE);
        start.run();
        List<String> out = new ArrayList<>();
        List<Read> replies = new ArrayList<>();
        for (long seq = 0; seq < MESSAGES; seq++) {
            byte[] request = ProbeCodec.encode(new Probe(0, seq, 0, 1200));
            long real = START_NANOS + VIDEO.sendOffsetNanos(seq) + noise.nextLong(lateMaxNanos + 1);
            long emulated = clock.arrivalNanos(0, Direction.UPLINK, request, real);
            Fate fate = engine.process(0, Direction.UPLINK, seq, request.length, emulated, request);
            out.add("up " + seq + " " + fate.getClass().getSimpleName());
            if (fate instanceof Fate.Delivered delivered) {
                for (Delivery copy : delivered.deliveries()) {
                    clock.delivered(0, Direction.UPLINK, copy.payload(), copy.releaseNanos());
                    long realRelease = real + (copy.releaseNanos() - emulated);
                    replies.add(new Read(Direction.DOWNLINK, realRelease + noise.nextLong(lateMaxNanos + 1),
                            copy.payload()));
                }
            }
        }
        replies.sort(Comparator.comparingLong(Read::realNanos));
        long index = 0;
        for (Read reply : replies) {
            long emulated = clock.arrivalNanos(0, Direction.DOWNLINK, reply.payload(), reply.realNanos());
            Fate fate = engine.process(0, Direction.DOWNLINK, index, reply.payload().length, emulated, reply.payload());
            out.add("down " + index++ + " " + fate.getClass().getSimpleName());
        }
        return out;
    }

    private static List<String> emulated(long lateMaxNanos, long noiseSeed) {
        ProbeArrivalClock clock = new ProbeArrivalClock(VIDEO);
        return decisions(clock, () -> clock.start(START_NANOS), lateMaxNanos, noiseSeed);
    }

    @Test
    void rateQueueDecisionsRepeatWhenRealArrivalsArePerturbed() {
        List<String> onTime = emulated(0, 1);
        long queueDrops = onTime.stream().filter(d -> d.endsWith("Dropped")).count();
        // 3 Mbit/s into 2 Mbit/s: about a third of the requests overflow the queue.
        assertTrue(queueDrops > MESSAGES / 5, "queue drops " + queueDrops);
        // Sends and reads late by up to 1 ms, two different ways: the same decisions, packet by packet.
        assertEquals(onTime, emulated(1_000_000, 2));
        assertEquals(onTime, emulated(1_000_000, 3));
    }

    @Test
    void onRealArrivalTimesTheSamePerturbationChangesDecisions() {
        // The control: the same perturbations with the real clock move drops, so the test above can fail.
        assertNotEquals(decisions(ArrivalClock.REAL, () -> { }, 1_000_000, 2),
                decisions(ArrivalClock.REAL, () -> { }, 1_000_000, 3));
    }

    @Test
    void aReplyArrivesWhenItsRequestReachedTheServerOnTheEmulatedPath() {
        ProbeArrivalClock clock = new ProbeArrivalClock(VIDEO);
        clock.start(START_NANOS);
        byte[] request = ProbeCodec.encode(new Probe(0, 7, 0, 100));
        assertEquals(START_NANOS + VIDEO.sendOffsetNanos(7), clock.arrivalNanos(0, Direction.UPLINK, request,
                START_NANOS + 99_000_000));
        // A duplicated request: two copies reach the server, the replies take them earliest first.
        clock.delivered(0, Direction.UPLINK, request, 60_000_000_000L);
        clock.delivered(0, Direction.UPLINK, request, 50_000_000_000L);
        assertEquals(50_000_000_000L, clock.arrivalNanos(0, Direction.DOWNLINK, request, 70_000_000_000L));
        assertEquals(60_000_000_000L, clock.arrivalNanos(0, Direction.DOWNLINK, request, 70_000_000_001L));
        assertEquals(0, clock.waiting(), "answered requests are forgotten");
        // A third reply has nothing left: real time, never earlier than the last given.
        assertEquals(70_000_000_002L, clock.arrivalNanos(0, Direction.DOWNLINK, request, 70_000_000_002L));
    }

    @Test
    void whatIsNoProbeKeepsItsRealTimeAndAClosedFlowIsForgotten() {
        ProbeArrivalClock clock = new ProbeArrivalClock(VIDEO);
        clock.start(START_NANOS);
        byte[] damaged = ProbeCodec.encode(new Probe(0, 3, 0, 100));
        damaged[70] ^= 1;
        assertEquals(START_NANOS + 123, clock.arrivalNanos(0, Direction.UPLINK, damaged, START_NANOS + 123));
        clock.delivered(1, Direction.UPLINK, ProbeCodec.encode(new Probe(1, 0, 0, 100)), START_NANOS);
        assertEquals(1, clock.waiting());
        clock.release(1);
        assertEquals(0, clock.waiting());
    }
}
