package dev.netlab.core.engine;

import dev.netlab.core.units.Percent;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code loss: 5%}: each packet is lost with the same probability, independently of the others.
 * One draw per packet.
 *
 * @param loss the chance of losing each packet, 0% to 100%
 */
public record BernoulliLoss(Percent loss) implements LossModel {

    /** Checks the probability is between 0% and 100%. */
    public BernoulliLoss {
        Percent.requireProbability("loss", loss);
    }

    @Override
    public boolean drops() {
        return !loss.isZero();
    }

    /** Exactly the configured probability. */
    @Override
    public double lossRate() {
        return loss.fraction();
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        double p = loss.fraction();
        return (packet, copy) -> random.nextDouble() < p ? new Step.Drop(DropReason.LOSS) : new Step.Pass(copy);
    }
}
