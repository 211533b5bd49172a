package dev.netlab.core.engine;

import java.util.Map;
import java.util.List;
import dev.netlab.core.units.Percent;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code reorder: 10%, gap: 5}, netem's semantics: a copy picked for reordering skips the delay
 * and is sent at once (marked {@link Delivery.Mark#REORDERED}), so it overtakes the earlier
 * packets still waiting out theirs. With {@code gap: N} the N−1 copies after a reordered one are
 * delayed normally, then every copy is a candidate, picked with the probability, until one is.
 * The default gap 1 makes every copy a candidate. Needs a delay (checked by {@link LinkConfig}):
 * without one there is nothing to overtake. One draw per copy, candidate or not (netem draws only
 * for candidates; drawing always keeps the count fixed). Theory: {@link Theory#reorderedShare}.
 * For keyed packets ({@link DrawKey}) only first transmissions count towards the gap and reset it;
 * a retransmission is always a candidate.
 *
 * @param probability the chance a candidate is reordered, 0% to 100%; default 0%
 * @param gap every how many copies a candidate comes up; default 1, at most 1000000
 */
public record Reorder(Percent probability, int gap) implements Impairment {

    /** No reordering. */
    public static final Reorder NONE = new Reorder(Percent.ZERO, 1);

    /** Largest gap accepted; anything larger is surely a typo. */
    public static final int MAX_GAP = 1_000_000;

    /** Its keys, parsing and place in the chain: after delay, whose wait it skips. */
    public static final ImpairmentDescriptor<Reorder> DESCRIPTOR = new Descriptor();

    /** Checks the probability is between 0% and 100% and the gap between 1 and {@link #MAX_GAP}. */
    public Reorder {
        Percent.requireProbability("reorder", probability);
        if (gap < 1 || gap > MAX_GAP) {
            throw new IllegalArgumentException("gap must be between 1 and " + MAX_GAP + " packets: " + gap);
        }
    }

    @Override
    public String name() {
        return "reorder";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        return new Picker(random, probability.fraction(), gap);
    }

    /** Counts copies since the last reordered one, for one flow and direction. */
    private static final class Picker implements Stage {
        private final RandomGenerator random;
        private final double chance;
        private final int gap;
        private long sinceLast;

        Picker(RandomGenerator random, double chance, int gap) {
            this.random = random;
            this.chance = chance;
            this.gap = gap;
        }

        @Override
        public Step apply(Packet packet, Copy copy) {
            double draw = random.nextDouble();
            if (sinceLast >= gap - 1 && draw < chance) {
                sinceLast = 0;
                return new Step.Pass(copy.releasedAt(packet.arrivalNanos()).marked(Delivery.Mark.REORDERED));
            }
            sinceLast++;
            return new Step.Pass(copy);
        }

        /**
         * Keyed: a retransmission is always a candidate, picked by its own draw, and changes the count not, so
         * its fate does not depend on how many first transmissions timing sent before it.
         */
        @Override
        public Step apply(Packet packet, Copy copy, DrawKey key) {
            if (key.first()) {
                return apply(packet, copy);
            }
            double draw = random.nextDouble();
            return draw < chance
                    ? new Step.Pass(copy.releasedAt(packet.arrivalNanos()).marked(Delivery.Mark.REORDERED))
                    : new Step.Pass(copy);
        }
    }

    private static final class Descriptor implements ImpairmentDescriptor<Reorder> {
        private static final SettingKey<Percent> REORDER = SettingKey.probability("reorder",
                "probability that a packet skips the delay and overtakes others, for example 10%; needs a delay", "0%");
        private static final SettingKey<Integer> GAP = SettingKey.packets("gap",
                "with reorder: only every gap-th packet may be reordered (default 1)", "1");

        @Override
        public String name() {
            return "reorder";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(REORDER, GAP);
        }

        @Override
        public Reorder off() {
            return NONE;
        }

        @Override
        public Reorder settings(SettingValues values) {
            return new Reorder(values.get(REORDER).orElse(Percent.ZERO), values.get(GAP).orElse(1));
        }

        @Override
        public void print(Reorder settings, Map<String, String> out) {
            if (!settings.probability().isZero()) {
                out.put(REORDER.name(), REORDER.print(settings.probability()));
                if (settings.gap() != 1) {
                    out.put(GAP.name(), GAP.print(settings.gap()));
                }
            }
        }

        @Override
        public boolean acts(Reorder settings) {
            return !settings.probability().isZero();
        }

        @Override
        public void check(Reorder settings, LinkConfig link) {
            if (acts(settings) && link.delay().delay().isZero()) {
                throw new IllegalArgumentException("reorder " + settings.probability() + " needs a delay: a reordered"
                        + " packet is sent at once while the others wait out the delay, so with delay 0ms there is"
                        + " nothing to overtake; add for example delay: 20ms");
            }
        }

        @Override
        public Impairment impairment(Reorder settings, LinkConfig link) {
            return settings;
        }
    }
}
