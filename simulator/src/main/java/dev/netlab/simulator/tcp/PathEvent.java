package dev.netlab.simulator.tcp;

/**
 * Something that happens at a time on a path: a segment copy reaches the receiver, or an ACK
 * reaches the sender. {@code order} breaks ties between equal times in the order scheduled.
 */
sealed interface PathEvent extends Comparable<PathEvent> {

    long timeNanos();

    long order();

    @Override
    default int compareTo(PathEvent other) {
        int byTime = Long.compare(timeNanos(), other.timeNanos());
        return byTime != 0 ? byTime : Long.compare(order(), other.order());
    }

    /** A good (uncorrupted) copy of a segment reaches the receiver. */
    record SegmentArrival(long timeNanos, long order, long seq, byte[] payload, long index) implements PathEvent {
    }

    /** A cumulative ACK reaches the sender. */
    record AckArrival(long timeNanos, long order, long ackSeq) implements PathEvent {
    }
}
