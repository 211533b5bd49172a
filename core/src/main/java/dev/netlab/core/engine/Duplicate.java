package dev.netlab.core.engine;

import java.util.Map;
import java.util.List;
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

    /** Its key, parsing and place in the chain: after loss, so the copy runs corrupt, delay and the rest on its own. */
    public static final ImpairmentDescriptor<Duplicate> DESCRIPTOR = new Descriptor();

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

    private static final class Descriptor implements ImpairmentDescriptor<Duplicate> {
        private static final SettingKey<Percent> DUPLICATE = SettingKey.probability("duplicate",
                "probability of sending a packet twice, for example 1%", "0%");

        @Override
        public String name() {
            return "duplicate";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(DUPLICATE);
        }

        @Override
        public Duplicate off() {
            return NONE;
        }

        @Override
        public Duplicate settings(SettingValues values) {
            return new Duplicate(values.get(DUPLICATE).orElse(Percent.ZERO));
        }

        @Override
        public void print(Duplicate settings, Map<String, String> out) {
            if (acts(settings)) {
                out.put(DUPLICATE.name(), DUPLICATE.print(settings.probability()));
            }
        }

        @Override
        public boolean acts(Duplicate settings) {
            return !settings.probability().isZero();
        }

        @Override
        public Impairment impairment(Duplicate settings, LinkConfig link) {
            return settings;
        }
    }
}
