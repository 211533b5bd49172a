package dev.netlab.simulator.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The receiving TCP's reassembly buffer: hands bytes on strictly in order. A segment beyond the
 * next expected byte waits until the hole before it is filled (head-of-line blocking); a copy
 * of bytes already received is discarded. Segments arrive with the boundaries the sender cut, so
 * they never partly overlap.
 *
 * <p>Two measures of the cost: the per-segment wait, summed over held segments (arrival to
 * release), and the head-of-line wait, the time during which at least one segment was held behind
 * a hole (each such episode from its first held segment to the hole's repair), total and longest.
 */
final class Reassembly {

    /** What became of one arriving segment. */
    sealed interface Outcome {
        /** The bytes were already received or already held: discarded. */
        record Duplicate() implements Outcome {
        }

        /** The segment is ahead of a hole and waits. */
        record Held() implements Outcome {
        }

        /** The segment filled the next place; it and any held segments it unblocked go to the destination. */
        record Released(List<ReleasedSegment> segments) implements Outcome {
        }
    }

    /** A segment handed to the destination and how long it waited for a hole before it. */
    record ReleasedSegment(long seq, byte[] payload, long waitNanos) {
    }

    private record Waiting(byte[] payload, long arrivalNanos) {
    }

    private final TreeMap<Long, Waiting> held = new TreeMap<>();
    private long nextSeq;
    private boolean stalled;
    private long stallSinceNanos;
    private long stallNanos;
    private long longestStallNanos;
    private long holWaitNanos;
    private long maxHolWaitNanos;
    private long duplicates;

    /** Takes one good copy of a segment at a time. */
    Outcome arrive(long seq, byte[] payload, long nowNanos) {
        if (seq + payload.length <= nextSeq || held.containsKey(seq)) {
            duplicates++;
            return new Outcome.Duplicate();
        }
        if (seq > nextSeq) {
            if (held.isEmpty()) {
                stalled = true;
                stallSinceNanos = nowNanos;
            }
            held.put(seq, new Waiting(payload, nowNanos));
            return new Outcome.Held();
        }
        if (seq != nextSeq) {
            throw new IllegalStateException("segment at " + seq + " overlaps the next expected byte " + nextSeq);
        }
        List<ReleasedSegment> out = new ArrayList<>();
        out.add(new ReleasedSegment(seq, payload, 0));
        nextSeq += payload.length;
        for (Map.Entry<Long, Waiting> first = held.firstEntry(); first != null && first.getKey() == nextSeq;
                first = held.firstEntry()) {
            held.pollFirstEntry();
            long waitNanos = nowNanos - first.getValue().arrivalNanos();
            holWaitNanos += waitNanos;
            maxHolWaitNanos = Math.max(maxHolWaitNanos, waitNanos);
            out.add(new ReleasedSegment(first.getKey(), first.getValue().payload(), waitNanos));
            nextSeq += first.getValue().payload().length;
        }
        if (held.isEmpty() && stalled) {
            stallNanos += nowNanos - stallSinceNanos;
            longestStallNanos = Math.max(longestStallNanos, nowNanos - stallSinceNanos);
            stalled = false;
        }
        return new Outcome.Released(out);
    }

    /** The cumulative ACK: the next byte expected. */
    long nextSeq() {
        return nextSeq;
    }

    /** Time during which data waited behind a hole, up to the given time. */
    long stallNanos(long nowNanos) {
        return stallNanos + (stalled ? nowNanos - stallSinceNanos : 0);
    }

    /** The longest single episode of data held behind a hole, counting one still open at the given time. */
    long longestStallNanos(long nowNanos) {
        return Math.max(longestStallNanos, stalled ? nowNanos - stallSinceNanos : 0);
    }

    /** The head-of-line wait summed over every segment released after waiting. */
    long holWaitNanos() {
        return holWaitNanos;
    }

    /** The longest head-of-line wait of one segment. */
    long maxHolWaitNanos() {
        return maxHolWaitNanos;
    }

    /** Copies discarded because the bytes were already received or held. */
    long duplicates() {
        return duplicates;
    }
}
