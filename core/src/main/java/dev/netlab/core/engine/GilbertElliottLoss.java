package dev.netlab.core.engine;

import dev.netlab.core.units.Percent;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Bursty loss: a two-state Markov chain (good, bad) with its own loss chance in each state, as
 * netem's {@code loss gemodel p r 1-h 1-k}. In a scenario file:
 * {@code loss: {model: gilbert-elliott, p: 1%, r: 25%, lossInBad: 100%, lossInGood: 0%}}.
 *
 * <p>Per packet, with netem's order: the state transition is drawn first (good→bad with {@code p},
 * bad→good with {@code r}), then the loss draw, using the state the packet <em>started</em> in.
 * Two draws per packet. The chain starts in the good state. Theory: {@link Theory#gilbertElliottLossRate}.
 *
 * <p>Keyed packets ({@link ImpairmentEngine#process(Packet, DrawKey)}, the TCP emulation's) run a chain of
 * their own that only first transmissions advance, one step each, in the order they come (stream
 * order for TCP), with their keyed draws. A retransmission does not move the chain: its k-th
 * transmission ({@code k ≥ 2}) starts in the state the first transmissions before it left, walked
 * {@code k - 2} further keyed steps (the chain goes on while the sender waits, even when, after a
 * timeout, no new segment is sent), and is lost by that state with its own keyed loss draw. So every
 * segment's fate depends on the segments before it and the seed, not on how many retransmissions
 * timing put in between. (Taking instead the state of the retransmitted segment itself would lose a
 * segment dropped in a burst again with chance {@code 1 - r} however long the sender waited.)
 *
 * @param p chance of moving from good to bad, per packet, 0% to 100%
 * @param r chance of moving from bad to good, per packet, 0% to 100%
 * @param lossInBad chance of losing a packet in the bad state; default 100%
 * @param lossInGood chance of losing a packet in the good state; default 0%
 */
public record GilbertElliottLoss(Percent p, Percent r, Percent lossInBad, Percent lossInGood) implements LossModel {

    /** Checks every probability is between 0% and 100%. */
    public GilbertElliottLoss {
        Percent.requireProbability("p", p);
        Percent.requireProbability("r", r);
        Percent.requireProbability("lossInBad", lossInBad);
        Percent.requireProbability("lossInGood", lossInGood);
    }

    /** The simple Gilbert model: every packet lost in the bad state, none in the good one. */
    public GilbertElliottLoss(Percent p, Percent r) {
        this(p, r, Percent.HUNDRED, Percent.ZERO);
    }

    @Override
    public boolean drops() {
        return !lossInGood.isZero() || (!p.isZero() && !lossInBad.isZero());
    }

    /** The long-run loss rate, {@link Theory#gilbertElliottLossRate}. */
    @Override
    public double lossRate() {
        return Theory.gilbertElliottLossRate(this);
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        return new Chain(random, p.fraction(), r.fraction(), lossInBad.fraction(), lossInGood.fraction());
    }

    /** The chain's state for one flow and direction. */
    private static final class Chain implements Stage {
        /** Steps past the frontier a retransmission may take; far beyond where the chain forgets its start. */
        private static final int MAX_EXTRA_STEPS = 1_000;
        private final RandomGenerator random;
        private final double p;
        private final double r;
        private final double lossInBad;
        private final double lossInGood;
        private boolean bad;
        /** The state of the keyed chain, which first transmissions advance. */
        private boolean keyedBad;

        Chain(RandomGenerator random, double p, double r, double lossInBad, double lossInGood) {
            this.random = random;
            this.p = p;
            this.r = r;
            this.lossInBad = lossInBad;
            this.lossInGood = lossInGood;
        }

        @Override
        public Step apply(Packet packet, Copy copy) {
            double transition = random.nextDouble();
            double lossDraw = random.nextDouble();
            boolean startedBad = bad;
            bad = startedBad ? transition >= r : transition < p;
            double lossChance = startedBad ? lossInBad : lossInGood;
            return lossDraw < lossChance ? new Step.Drop(DropReason.LOSS) : new Step.Pass(copy);
        }

        @Override
        public Step apply(Packet packet, Copy copy, DrawKey key) {
            double transition = random.nextDouble();
            double lossDraw = random.nextDouble();
            boolean startedBad = keyedBad;
            if (key.first()) {
                keyedBad = startedBad ? transition >= r : transition < p;
            } else {
                // Retransmission k starts k - 2 steps past where the next first transmission would: the chain
                // moves on while the sender waits even when no new segment is sent (after a timeout none is).
                int steps = Math.min(MAX_EXTRA_STEPS, key.transmission() - 2);
                for (int i = 0; i < steps; i++) {
                    startedBad = startedBad ? random.nextDouble() >= r : random.nextDouble() < p;
                }
            }
            double lossChance = startedBad ? lossInBad : lossInGood;
            return lossDraw < lossChance ? new Step.Drop(DropReason.LOSS) : new Step.Pass(copy);
        }
    }
}
