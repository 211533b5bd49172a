package dev.netlab.core.engine;

/**
 * What a direction's shared rate queue did over a run, counted by the queue itself: the copies it
 * took and the copies it tail-dropped. The ledger's {@code queue-drop} rows of that direction, one
 * per flow's packet, sum to {@code dropped}.
 *
 * @param accepted copies that entered the queue and were sent
 * @param dropped  copies tail-dropped because the queue was full
 */
public record QueueTotals(long accepted, long dropped) {

    /** Nothing queued. */
    public static final QueueTotals NONE = new QueueTotals(0, 0);

    /** Checks both counts are 0 or more. */
    public QueueTotals {
        if (accepted < 0 || dropped < 0) {
            throw new IllegalArgumentException("queue counts must be 0 or more: " + accepted + ", " + dropped);
        }
    }

    /** The two totals added. */
    public QueueTotals plus(QueueTotals other) {
        return new QueueTotals(accepted + other.accepted, dropped + other.dropped);
    }
}
