package dev.netlab.core.engine;

import dev.netlab.core.units.Percent;
import java.util.List;
import java.util.Map;

/**
 * How a link loses packets. All three models are called {@code loss} and share one generator per
 * (flow, direction), so a scenario phase that swaps one for another continues the same stream.
 */
public sealed interface LossModel extends Impairment permits BernoulliLoss, GilbertElliottLoss, PatternLoss {

    /** No loss: Bernoulli with 0%. */
    LossModel NONE = new BernoulliLoss(Percent.ZERO);

    /** The keys of all three models, how they are read and written, and their place in the chain: after down. */
    ImpairmentDescriptor<LossModel> DESCRIPTOR = new LossDescriptor();

    /** Whether this model can drop anything at all. */
    boolean drops();

    /** The expected share of packets lost, for the report's theory column. */
    double lossRate();

    @Override
    default String name() {
        return "loss";
    }

    /** One descriptor for the three models: one model at a time, chosen by which keys are given. */
    final class LossDescriptor implements ImpairmentDescriptor<LossModel> {
        private static final SettingKey<Percent> LOSS = SettingKey.probability("loss",
                "Bernoulli loss probability, for example 5% or 0.05", "0%");
        private static final SettingKey<Percent> P = SettingKey.probability("p",
                "Gilbert-Elliott: probability of moving from the good to the bad state, for example 1%", "-")
                .flagged("gilbert-p");
        private static final SettingKey<Percent> R = SettingKey.probability("r",
                "Gilbert-Elliott: probability of moving from the bad to the good state, for example 25%", "-")
                .flagged("gilbert-r");
        private static final SettingKey<Percent> IN_BAD = SettingKey.probability("lossInBad",
                "Gilbert-Elliott: loss probability in the bad state (default 100%)", "100%");
        private static final SettingKey<Percent> IN_GOOD = SettingKey.probability("lossInGood",
                "Gilbert-Elliott: loss probability in the good state (default 0%)", "0%");
        private static final SettingKey<PatternLoss> PATTERN = SettingKey.named("pattern",
                "a repeating loss pattern, X drops and . delivers, for example ..X..XX.", "-", PatternLoss::new,
                PatternLoss::pattern).flagged("loss-pattern");

        private LossDescriptor() {
        }

        @Override
        public String name() {
            return "loss";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(LOSS, P, R, IN_BAD, IN_GOOD, PATTERN);
        }

        @Override
        public LossModel off() {
            return NONE;
        }

        @Override
        public LossModel settings(SettingValues v) {
            boolean bursts = v.has(P) || v.has(R);
            int models = (v.has(LOSS) ? 1 : 0) + (bursts ? 1 : 0) + (v.has(PATTERN) ? 1 : 0);
            if (models > 1) {
                throw new SettingException(v.has(LOSS) ? LOSS.name() : PATTERN.name(),
                        "choose one loss model: loss (random), p and r (Gilbert-Elliott bursts) or pattern");
            }
            if (bursts) {
                if (!v.has(P) || !v.has(R)) {
                    throw new SettingException(v.has(P) ? R.name() : P.name(), "Gilbert-Elliott loss needs both p and r");
                }
                return new GilbertElliottLoss(v.get(P).orElseThrow(), v.get(R).orElseThrow(),
                        v.get(IN_BAD).orElse(Percent.HUNDRED), v.get(IN_GOOD).orElse(Percent.ZERO));
            }
            for (SettingKey<Percent> key : List.of(IN_BAD, IN_GOOD)) {
                if (v.has(key)) {
                    throw new SettingException(key.name(), key.name() + " belongs to Gilbert-Elliott loss: give p and r too");
                }
            }
            return v.get(PATTERN).<LossModel>map(p -> p).orElseGet(() -> new BernoulliLoss(v.get(LOSS).orElse(Percent.ZERO)));
        }

        @Override
        public void print(LossModel settings, Map<String, String> out) {
            if (settings instanceof BernoulliLoss bernoulli) {
                if (!bernoulli.loss().isZero()) {
                    out.put(LOSS.name(), LOSS.print(bernoulli.loss()));
                }
            } else if (settings instanceof GilbertElliottLoss ge) {
                out.put(P.name(), P.print(ge.p()));
                out.put(R.name(), R.print(ge.r()));
                if (ge.lossInBad().fraction() != 1.0) {
                    out.put(IN_BAD.name(), IN_BAD.print(ge.lossInBad()));
                }
                if (!ge.lossInGood().isZero()) {
                    out.put(IN_GOOD.name(), IN_GOOD.print(ge.lossInGood()));
                }
            } else if (settings instanceof PatternLoss pattern) {
                out.put(PATTERN.name(), PATTERN.print(pattern));
            }
        }

        @Override
        public boolean acts(LossModel settings) {
            return settings.drops();
        }

        @Override
        public LossProcess lossProcess(LossModel settings) {
            if (settings instanceof GilbertElliottLoss ge) {
                return LossProcess.markov(ge.p().fraction(), ge.r().fraction(), ge.lossInBad().fraction(),
                        ge.lossInGood().fraction());
            }
            // A pattern repeats exactly: its count over a run varies less than independent losses',
            // so treating it as independent keeps the interval on the safe (wide) side.
            return LossProcess.independent(settings.lossRate());
        }

        @Override
        public Impairment impairment(LossModel settings, LinkConfig link) {
            return settings;
        }
    }
}
