package dev.netlab.core.engine;

import dev.netlab.core.units.Percent;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code duplicate: 1%}: a packet is sent twice with this probability. The extra copy is marked
 * {@link Delivery.Mark#DUPLICATE}, runs the rest of the chain (corrupt, delay, ...) on its own and
 * is never duplicated again. One draw per packet.
 *
 * @param probability the chance of an extra copy, 0% to 100%
 */
public record Duplicate(Percent probability) implements Impairment {

    /** No duplicates. */
    public static final Duplicate NONE = new Duplicate(Percent.ZERO);

    /** Checks the probability is between 0% and 100%. */
    public Duplicate {
        Percent.requireProbability("duplicate", probability);
    }

    @Override
    public String name() {
        return "duplicate";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        double chance = probability.fraction();
        return (packet, copy) -> {
            if (copy.is(Delivery.Mark.DUPLICATE)) {
                return new Step.Pass(copy); // cannot happen in the standard chain; guards a reordered chain
            }
            return random.nextDouble() < chance
                    ? new Step.Split(copy, copy.marked(Delivery.Mark.DUPLICATE))
                    : new Step.Pass(copy);
        };
    }
}
