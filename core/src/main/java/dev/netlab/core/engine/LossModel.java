package dev.netlab.core.engine;

/**
 * How a link loses packets. All three models are called {@code loss} and share one generator per
 * (flow, direction), so a scenario phase that swaps one for another continues the same stream.
 */
public sealed interface LossModel extends Impairment permits BernoulliLoss, GilbertElliottLoss, PatternLoss {

    /** No loss: Bernoulli with 0%. */
    LossModel NONE = new BernoulliLoss(dev.netlab.core.units.Percent.ZERO);

    /** Whether this model can drop anything at all. */
    boolean drops();

    @Override
    default String name() {
        return "loss";
    }
}
