package dev.netlab.core.engine;

import java.util.Objects;

/**
 * A packet a {@code hold} rule kept, leaving now, with the fate the random impairments gave it when
 * it left (never {@link Fate.Held}).
 *
 * @param packet the packet as it arrived (its index is the relay's, as passed to the engine)
 * @param fate   dropped, or delivered with release times no earlier than when it left the hold
 */
public record HeldRelease(Packet packet, Fate fate) {

    /** Checks both parts are given and the fate is final. */
    public HeldRelease {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(fate, "fate");
        if (fate instanceof Fate.Held) {
            throw new IllegalArgumentException("a released packet cannot be held again");
        }
    }
}
