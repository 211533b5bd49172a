package dev.netlab.core.engine;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One copy of a packet on its way through the stages: what it carries and when it would leave
 * if no later stage changes that.
 *
 * @param payload the bytes it carries; the caller's array until a stage corrupts it
 * @param releaseNanos when it would leave; starts at the arrival time
 * @param marks what has happened to it so far
 */
public record Copy(byte[] payload, long releaseNanos, Set<Delivery.Mark> marks) {

    /** Checks the fields and copies the marks. */
    public Copy {
        Objects.requireNonNull(payload, "payload");
        marks = Set.copyOf(marks);
    }

    /** The packet itself, as it arrives: its payload, released at its arrival time, no marks. */
    public static Copy of(Packet packet) {
        return new Copy(packet.payload(), packet.arrivalNanos(), Set.of());
    }

    /** The same copy leaving at another time. */
    public Copy releasedAt(long nanos) {
        return new Copy(payload, nanos, marks);
    }

    /** The same copy with one more mark. */
    public Copy marked(Delivery.Mark mark) {
        return new Copy(payload, releaseNanos, plus(mark));
    }

    /** The same copy carrying other bytes, with one more mark. */
    public Copy carrying(byte[] newPayload, Delivery.Mark mark) {
        return new Copy(newPayload, releaseNanos, plus(mark));
    }

    /** Whether it carries the mark. */
    public boolean is(Delivery.Mark mark) {
        return marks.contains(mark);
    }

    private Set<Delivery.Mark> plus(Delivery.Mark mark) {
        EnumSet<Delivery.Mark> more = marks.isEmpty() ? EnumSet.noneOf(Delivery.Mark.class) : EnumSet.copyOf(marks);
        more.add(mark);
        return more;
    }
}
