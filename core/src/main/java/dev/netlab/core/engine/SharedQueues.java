package dev.netlab.core.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared rate queues of one direction of an engine: one {@link QueueLink} per {@link RateQueue}
 * setting with {@link LinkShare#SHARED}, handed to every flow's pipeline, so all flows wait in one
 * FIFO for one rate. A phase that changes the rate settings gets a fresh queue, as a per-flow one
 * would; the map holds one entry per distinct setting the run used (a handful of phases).
 *
 * <p>Thread-safe: flows run on several threads, so each shared queue is locked for one copy at a
 * time. A flow's pipeline lock is taken first and this one inside it, never the other way round.
 */
final class SharedQueues {
    private final Map<RateQueue, Locked> queues = new LinkedHashMap<>();

    /** The one stage every flow of this direction uses for {@code queue}. */
    synchronized Stage stage(RateQueue queue) {
        return queues.computeIfAbsent(queue, q -> new Locked(new QueueLink(q.rate(), q.overhead().bytes(), q.limitPackets())));
    }

    /** What every shared queue of this direction took and dropped so far. */
    synchronized QueueTotals totals() {
        QueueTotals sum = QueueTotals.NONE;
        for (Locked locked : queues.values()) {
            sum = sum.plus(locked.totals());
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
}
