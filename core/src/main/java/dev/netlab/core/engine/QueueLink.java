package dev.netlab.core.engine;

import dev.netlab.core.units.DataRate;

/**
 * The link and FIFO queue of a {@link RateQueue}: for one flow and direction, or, wrapped by
 * {@link SharedQueues}, for every flow of a direction. Counts what it took and what it dropped.
 * Not thread-safe: its owner serialises calls.
 */
final class QueueLink implements Stage {
    private final DataRate rate;
    private final long overheadBytes;
    private final int limit;
    /** Finish times of packets accepted and not yet known to be gone, ascending (FIFO), in a ring. */
    private long[] finishNanos = new long[64];
    private int head;
    private int size;
    private long busyUntilNanos = Long.MIN_VALUE;
    private long accepted;
    private long dropped;

    QueueLink(DataRate rate, long overheadBytes, int limit) {
        this.rate = rate;
        this.overheadBytes = overheadBytes;
        this.limit = limit;
    }

    @Override
    public Step apply(Packet packet, Copy copy) {
        if (copy.is(Delivery.Mark.REORDERED)) {
            return new Step.Pass(copy);
        }
        // Packets whose last bit left before this arrival are gone for good. Within a flow arrivals do not go
        // back in time; across the flows of a shared queue they may by a thread's scheduling, and then a packet
        // can find the queue up to that much emptier than it was: a lenient error of microseconds.
        while (size > 0 && finishNanos[head] <= packet.arrivalNanos()) {
            head = (head + 1) % finishNanos.length;
            size--;
        }
        long atLink = copy.releaseNanos();
        if (size - countFinishedBy(atLink) >= limit) {
            dropped++;
            return new Step.Drop(DropReason.QUEUE_FULL);
        }
        long start = Math.max(atLink, busyUntilNanos);
        busyUntilNanos = start + rate.serialisationNanos(packet.sizeBytes() + overheadBytes);
        push(busyUntilNanos);
        accepted++;
        return new Step.Pass(copy.releasedAt(busyUntilNanos));
    }

    QueueTotals totals() {
        return new QueueTotals(accepted, dropped);
    }

    /** How many held finish times are at or before the time; they are sorted, so binary search. */
    private int countFinishedBy(long nanos) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (finishNanos[(head + mid) % finishNanos.length] <= nanos) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void push(long nanos) {
        if (size == finishNanos.length) {
            long[] bigger = new long[size * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = finishNanos[(head + i) % finishNanos.length];
            }
            finishNanos = bigger;
            head = 0;
        }
        finishNanos[(head + size) % finishNanos.length] = nanos;
        size++;
    }
}
