package dev.netlab.core.engine;

/**
 * One impairment acting on one flow in one direction. Every packet passes through the stages of
 * its direction's {@link LinkConfig} in this order, and a stage that is not configured is left out:
 *
 * <pre>
 *  arrival ─► down ─► loss ─► duplicate ─► corrupt ─► delay+jitter ─► reorder ─► rate+queue ─► release
 *              │        │         │            │                          │            │
 *            DOWN     LOSS     + copy      CORRUPT (drop mode)      skip delay    QUEUE_FULL
 *                                 │        or one bit flipped        (send now)
 *                                 └─ the copy runs the rest of the chain on its own
 * </pre>
 *
 * <p>The order is {@link Impairments#CHAIN}'s; each impairment's descriptor says what it adds.
 *
 * <p>A stage is made per (flow, direction) by {@link Impairment#newStage} with its own seeded
 * generator, so it may keep state (Gilbert-Elliott's state, the link's busy time) without locks:
 * the engine calls one (flow, direction)'s stages from one thread at a time.
 * The one exception is a shared rate queue ({@link LinkShare#SHARED}): one stage for every flow of a
 * direction, which {@link SharedQueues} locks itself.
 *
 * <p>Contract on randomness: a stage draws a fixed number of values from its generator for every
 * copy it sees, whatever it decides, so the k-th copy a stage sees always meets the same draws.
 */
@FunctionalInterface
public interface Stage {

    /**
     * Decides what happens to one copy.
     *
     * @param packet the packet as it arrived (flow, index, size, arrival time)
     * @param copy the copy as earlier stages left it
     * @return pass, split or drop
     */
    Step apply(Packet packet, Copy copy);

    /**
     * Decides what happens to one copy of a keyed packet. Stateless models ignore the key; a model
     * with state overrides this so that only first transmissions advance it (see {@link DrawKey}).
     *
     * @param key what the packet's draws are keyed by
     */
    default Step apply(Packet packet, Copy copy, DrawKey key) {
        return apply(packet, copy);
    }
}
