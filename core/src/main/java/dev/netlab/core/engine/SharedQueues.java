package dev.netlab.core.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared rate queues of one direction of an engine: one {@link QueueLink} per {@link RateQueue}
 * setting with {@link LinkShare#SHARED}, handed to every flow's pipeline, so all flows wait in one
 * FIFO for one rate. A phase that changes the rate settings gets a fresh queue, as a per-flow one
 * would; the map holds one entry per distinct setting the run used (a handful of phases).
 *
 * <p>Several engines may use one direction's queues (a {@link SharedLink}: UDP and TCP on one link at
 * once), each through a view {@link #shifted} to its own clock: the queues keep time on the
 * {@code System.nanoTime()} clock, and an engine whose zero is elsewhere gives its offset.
 *
 * <p>Thread-safe: flows run on several threads, so each shared queue is locked for one copy at a
 * time. A flow's pipeline lock is taken first and this one inside it, never the other way round.
 */
final class SharedQueues {
    private final Map<RateQueue, Locked> queues;
    private final long offsetNanos;

    SharedQueues() {
        this(new LinkedHashMap<>(), 0);
    }

    private SharedQueues(Map<RateQueue, Locked> queues, long offsetNanos) {
        this.queues = queues;
        this.offsetNanos = offsetNanos;
    }

    /**
     * The same queues seen from an engine whose time zero is {@code offsetNanos} on the queues' clock:
     * its arrival and release times are moved by the offset on the way in and back on the way out.
     */
    SharedQueues shifted(long offsetNanos) {
        return new SharedQueues(queues, this.offsetNanos + offsetNanos);
    }

    /** The one stage every flow of this direction uses for {@code queue}. */
    Stage stage(RateQueue queue) {
        Locked locked;
        synchronized (queues) {
            locked = queues.computeIfAbsent(queue,
                    q -> new Locked(new QueueLink(q.rate(), q.overhead().bytes(), q.limitPackets())));
        }
        return offsetNanos == 0 ? locked : new Shifted(locked, offsetNanos);
    }

    /** What every shared queue of this direction took and dropped so far. */
    QueueTotals totals() {
        QueueTotals sum = QueueTotals.NONE;
        synchronized (queues) {
            for (Locked locked : queues.values()) {
                sum = sum.plus(locked.totals());
            }
        }
        return sum;
    }

    /** A queue link behind a lock: the flows of a direction call it from their own threads. */
    private static final class Locked implements Stage {
        private final QueueLink link;

        Locked(QueueLink link) {
            this.link = link;
        }

        @Override
        public synchronized Step apply(Packet packet, Copy copy) {
            return link.apply(packet, copy);
        }

        synchronized QueueTotals totals() {
            return link.totals();
        }
    }

    /** A queue used from a clock {@code offsetNanos} behind the queue's: times moved in and back out. */
    private record Shifted(Stage queue, long offsetNanos) implements Stage {
        @Override
        public Step apply(Packet packet, Copy copy) {
            Packet moved = new Packet(packet.flow(), packet.direction(), packet.index(), packet.sizeBytes(),
                    packet.arrivalNanos() + offsetNanos, packet.payload());
            Step step = queue.apply(moved, copy.releasedAt(copy.releaseNanos() + offsetNanos));
            return step instanceof Step.Pass pass
                    ? new Step.Pass(pass.copy().releasedAt(pass.copy().releaseNanos() - offsetNanos)) : step;
        }
    }
}
