package dev.netlab.simulator.run;

import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.probe.Probe;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.probe.ProbeDecoding;
import dev.netlab.core.traffic.Traffic;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated arrival times of a measured UDP run, where the relay can know when each datagram would
 * have arrived on a quiet host: a request when its client's schedule sends it (the run's start plus
 * {@link Traffic#sendOffsetNanos}), a reply when its request reached the server on the emulated path
 * (the engine's emulated release of that request's copy; the k-th reply to a request takes the k-th
 * earliest copy, as a duplicated request is answered twice). So the rate queue, preserveOrder and the
 * link's busy time decide the same in every run with the seed, however late the client's sends and the
 * relay's reads were.
 *
 * <p>What it cannot know it leaves real: a datagram that is no valid probe (a corrupted copy, or its
 * reply), a reply whose request it no longer holds, anything before the exchange starts. Times never go
 * back within a (flow, direction): one that would is taken as the latest given, so the engine's queue
 * sees arrivals in order. Memory is bounded: at most {@link #MAX_WAITING} requests wait for their reply
 * (the oldest is forgotten first, its reply then decided on real time), and a flow's entries go with
 * its mapping.
 */
final class ProbeArrivalClock implements ArrivalClock {

    /** The most requests whose emulated reach of the server is kept for a reply. */
    static final int MAX_WAITING = 65_536;

    private final Traffic traffic;
    private volatile long startNanos;
    private volatile boolean started;
    private final Map<Request, ArrayDeque<Long>> waiting = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Request, ArrayDeque<Long>> eldest) {
            return size() > MAX_WAITING;
        }
    };
    private final Map<Long, Long> latest = new HashMap<>();

    private record Request(int flow, int client, long seq) {
    }

    ProbeArrivalClock(Traffic traffic) {
        this.traffic = traffic;
    }

    /** The exchange starts: the schedule's time zero, on the relay's clock. */
    void start(long nanos) {
        startNanos = nanos;
        started = true;
    }

    @Override
    public synchronized long arrivalNanos(int flow, Direction direction, byte[] payload, long realNanos) {
        long emulated = realNanos;
        Probe probe = probe(payload);
        if (probe != null && started) {
            if (direction == Direction.UPLINK) {
                emulated = startNanos + traffic.sendOffsetNanos(probe.seq());
            } else {
                Request request = new Request(flow, probe.client(), probe.seq());
                ArrayDeque<Long> reached = waiting.get(request);
                if (reached != null) {
                    emulated = reached.pollFirst();
                    if (reached.isEmpty()) {
                        waiting.remove(request);
                    }
                }
            }
        }
        long key = key(flow, direction);
        emulated = Math.max(emulated, latest.getOrDefault(key, Long.MIN_VALUE));
        latest.put(key, emulated);
        return emulated;
    }

    @Override
    public synchronized void delivered(int flow, Direction direction, byte[] payload, long emulatedReleaseNanos) {
        Probe probe = direction == Direction.UPLINK ? probe(payload) : null;
        if (probe == null || !started) {
            return;
        }
        ArrayDeque<Long> reached = waiting.computeIfAbsent(new Request(flow, probe.client(), probe.seq()),
                r -> new ArrayDeque<>(2));
        // Copies of one request (original, duplicate) are kept earliest first: the server answers in that order.
        if (!reached.isEmpty() && reached.peekLast() > emulatedReleaseNanos) {
            long later = reached.pollLast();
            reached.addLast(emulatedReleaseNanos);
            reached.addLast(later);
        } else {
            reached.addLast(emulatedReleaseNanos);
        }
    }

    @Override
    public synchronized void release(int flow) {
        waiting.keySet().removeIf(request -> request.flow() == flow);
        for (Direction direction : Direction.values()) {
            latest.remove(key(flow, direction));
        }
    }

    /** Requests waiting for their reply now: what {@link #MAX_WAITING} bounds. */
    synchronized int waiting() {
        return waiting.size();
    }

    private static long key(int flow, Direction direction) {
        return ((long) flow << 1) | direction.ordinal();
    }

    private static Probe probe(byte[] payload) {
        return ProbeCodec.decode(payload, 0, payload.length) instanceof ProbeDecoding.Valid valid ? valid.probe() : null;
    }
}
