package dev.netlab.core.engine;

import java.util.Map;
import java.util.List;
import dev.netlab.core.units.Percent;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code corrupt: 0.5%}: with this probability a copy is corrupted. With
 * {@code corruptMode: deliver} (default) exactly one bit, chosen uniformly over the payload, is
 * flipped in a new array (the caller's array is never changed); with {@code drop} the copy is
 * dropped, as the receiver's checksum would. Either way the ledger says "corrupted". In deliver
 * mode a copy with an empty payload has no bit to flip and passes unchanged. Two draws per copy.
 *
 * @param probability the chance of corrupting a copy, 0% to 100%
 * @param mode deliver with a flipped bit, or drop
 */
public record Corrupt(Percent probability, CorruptMode mode) implements Impairment {

    /** No corruption. */
    public static final Corrupt NONE = new Corrupt(Percent.ZERO, CorruptMode.DELIVER);

    /** Its keys, parsing and place in the chain: after duplicate, before delay, so the damage travels with the copy. */
    public static final ImpairmentDescriptor<Corrupt> DESCRIPTOR = new Descriptor();

    /** Checks the probability is between 0% and 100% and the mode is given. */
    public Corrupt {
        Percent.requireProbability("corrupt", probability);
        Objects.requireNonNull(mode, "corruptMode");
    }

    @Override
    public String name() {
        return "corrupt";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        double chance = probability.fraction();
        return (packet, copy) -> {
            double hit = random.nextDouble();
            double where = random.nextDouble(); // drawn every time so each copy costs two draws
            if (hit >= chance) {
                return new Step.Pass(copy);
            }
            if (mode == CorruptMode.DROP) {
                return new Step.Drop(DropReason.CORRUPT);
            }
            if (copy.payload().length == 0) {
                return new Step.Pass(copy);
            }
            byte[] damaged = copy.payload().clone();
            int bit = (int) (where * damaged.length * 8L);
            damaged[bit >>> 3] ^= (byte) (1 << (bit & 7));
            return new Step.Pass(copy.carrying(damaged, Delivery.Mark.CORRUPTED));
        };
    }

    private static final class Descriptor implements ImpairmentDescriptor<Corrupt> {
        private static final SettingKey<Percent> CORRUPT = SettingKey.probability("corrupt",
                "probability of flipping one bit, for example 0.5%", "0%");
        private static final SettingKey<CorruptMode> MODE = SettingKey.named("corruptMode",
                "deliver (the receiver gets the damaged packet) or drop (its checksum discards it); default deliver",
                "deliver", CorruptMode::parse, CorruptMode::label);

        @Override
        public String name() {
            return "corrupt";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(CORRUPT, MODE);
        }

        @Override
        public Corrupt off() {
            return NONE;
        }

        @Override
        public Corrupt settings(SettingValues values) {
            return new Corrupt(values.get(CORRUPT).orElse(Percent.ZERO), values.get(MODE).orElse(CorruptMode.DELIVER));
        }

        @Override
        public void print(Corrupt settings, Map<String, String> out) {
            if (acts(settings)) {
                out.put(CORRUPT.name(), CORRUPT.print(settings.probability()));
                out.put(MODE.name(), MODE.print(settings.mode()));
            }
        }

        /**
         * A damaged message is a lost one for the lab's probes in either mode: in drop mode the
         * relay discards it, in deliver mode the probe's CRC-32 rejects it at the client.
         */
        @Override
        public LossProcess lossProcess(Corrupt settings) {
            return LossProcess.independent(settings.probability().fraction());
        }

        @Override
        public boolean acts(Corrupt settings) {
            return !settings.probability().isZero();
        }

        @Override
        public Impairment impairment(Corrupt settings, LinkConfig link) {
            return settings;
        }
    }
}
