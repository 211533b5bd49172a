package dev.netlab.core.engine;

import java.util.Objects;
import java.util.Set;

/**
 * One copy of a packet that leaves the relay.
 *
 * @param releaseNanos when to send it on, on the same clock as the packet's arrival time
 * @param payload the bytes to send: the caller's array when unchanged (never modified), a new array when corrupted
 * @param marks what happened to this copy on the way; empty for a plain delivery
 */
public record Delivery(long releaseNanos, byte[] payload, Set<Mark> marks) {

    /** Something that happened to a delivered copy. */
    public enum Mark {
        /** This is the extra copy made by the duplicate model. */
        DUPLICATE,
        /** One bit of this copy's payload was flipped. */
        CORRUPTED,
        /** This copy skipped the delay, so it may overtake earlier packets. */
        REORDERED
    }

    /** Copies the marks so the record stays immutable. */
    public Delivery {
        Objects.requireNonNull(payload, "payload");
        marks = Set.copyOf(marks);
    }

    /** Whether this copy carries the mark. */
    public boolean is(Mark mark) {
        return marks.contains(mark);
    }
}
