package dev.netlab.core.theory;

import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.scenario.Phase;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The scenario's UDP run (with UDP's traffic) played on virtual time through the same impairment engine: every client
 * sends at the profile's times, the server answers each request copy the moment it is released,
 * and phases switch the links at their times. What the model alone does to the round trip, with no
 * host in between: the theory of delays that have no closed form (preserveOrder, rate queueing
 * behind jitter, reorder with gap, duplicates overtaking their original).
 *
 * <p>Replays use their own seeds, so they estimate the model's mean rather than repeat the run.
 * Limits: at most {@value #TARGET_MESSAGES} messages in all (the first messages of each client when
 * one replay would be larger) and at most {@value #MAX_REPLAYS} replays; the mean's standard error
 * is then well under 1% of a jittered delay.
 */
public final class ModelReplay {

    /** How many messages the replays send in all, at most. */
    public static final long TARGET_MESSAGES = 200_000;
    /** How many replays at most, for a small scenario. */
    public static final int MAX_REPLAYS = 50;

    private static final long REPLAY_SEED_STEP = 0x9E3779B97F4A7C15L;

    private record Event(long atNanos, long order, boolean reply, int client, long seq) {
    }

    private ModelReplay() {
    }

    /** The mean round trip of delivered messages, in milliseconds; NaN when nothing arrives. */
    public static double meanRttMs(Scenario scenario) {
        Traffic traffic = scenario.traffic(Transport.UDP);
        long perClient = Math.max(1, Math.min(traffic.messages(), TARGET_MESSAGES / traffic.clients()));
        int replays = (int) Math.max(1, Math.min(MAX_REPLAYS, TARGET_MESSAGES / (perClient * traffic.clients())));
        double sumNanos = 0;
        long delivered = 0;
        for (int r = 1; r <= replays; r++) {
            long[] rtt = replay(scenario, scenario.seed() + REPLAY_SEED_STEP * r, perClient);
            for (long value : rtt) {
                if (value != Long.MAX_VALUE) {
                    sumNanos += value;
                    delivered++;
                }
            }
        }
        return delivered == 0 ? Double.NaN : sumNanos / delivered / 1e6;
    }

    /** One replay: the round trip of each message (client-major), {@code Long.MAX_VALUE} when lost. */
    static long[] replay(Scenario scenario, long seed, long perClient) {
        Traffic traffic = scenario.traffic(Transport.UDP);
        int clients = traffic.clients();
        ImpairmentEngine engine = new ImpairmentEngine(seed, scenario.uplink(), scenario.downlink(), LedgerSink.NONE);
        byte[] payload = new byte[traffic.sizeBytes()];
        long[] rtt = new long[(int) (clients * perClient)];
        Arrays.fill(rtt, Long.MAX_VALUE);
        long[] upIndex = new long[clients];
        long[] downIndex = new long[clients];
        PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.atNanos() != b.atNanos()
                ? Long.compare(a.atNanos(), b.atNanos()) : Long.compare(a.order(), b.order()));
        long order = 0;
        for (long seq = 0; seq < perClient; seq++) {
            for (int c = 0; c < clients; c++) {
                events.add(new Event(traffic.sendOffsetNanos(seq), order++, false, c, seq));
            }
        }
        List<Phase> phases = scenario.phases();
        int stretch = phases.size();
        while (!events.isEmpty()) {
            Event e = events.poll();
            int now = ScenarioTheory.stretchAt(phases, e.atNanos());
            if (now != stretch) {
                stretch = now;
                boolean base = now == phases.size();
                engine.setLink(Direction.UPLINK, base ? scenario.uplink() : phases.get(now).uplink());
                engine.setLink(Direction.DOWNLINK, base ? scenario.downlink() : phases.get(now).downlink());
            }
            Direction direction = e.reply() ? Direction.DOWNLINK : Direction.UPLINK;
            long index = e.reply() ? downIndex[e.client()]++ : upIndex[e.client()]++;
            Fate fate = engine.process(e.client(), direction, index, payload.length, e.atNanos(), payload);
            if (!(fate instanceof Fate.Delivered d)) {
                continue;
            }
            for (Delivery copy : d.deliveries()) {
                if (copy.is(Delivery.Mark.CORRUPTED)) {
                    continue; // the probe's CRC rejects it: as good as lost
                }
                if (e.reply()) {
                    int slot = (int) (e.client() * perClient + e.seq());
                    rtt[slot] = Math.min(rtt[slot], copy.releaseNanos() - traffic.sendOffsetNanos(e.seq()));
                } else {
                    events.add(new Event(copy.releaseNanos(), order++, true, e.client(), e.seq()));
                }
            }
        }
        return rtt;
    }
}
