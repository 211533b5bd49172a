package dev.netlab.core.engine;

import dev.netlab.core.units.Percent;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * transmission ({@code k ≥ 2}) starts in the state its segment's first transmission left, walked
 * {@code (k - 1) · 3/(p + r)} further keyed steps, and is lost by that state with its own keyed loss
 * draw. {@code 1/(p + r)} is the chain's relaxation time; after three of them the state keeps about
 * e^-3 = 5% of its memory, as after the dozen packets a flow at 60 messages a second sends in one
 * 200 ms timeout on a {@code p 1%, r 25%} link. So every segment's fate depends on the segments
 * before it and the seed alone: not on how many retransmissions timing put in between, nor on how
 * many new segments the program's writes put before a retransmission, a race the host decides.
 * (netem's chain moves one step per packet through it, retransmissions included; keyed, the same
 * packets would meet another chain whenever that race went the other way. Without a walk, a segment
 * dropped in a burst would be lost again with chance {@code 1 - r} however long the sender waited.)
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
        /** Relaxation times between two attempts: the state's memory of its start falls to e^-3, about 5%. */
        private static final double RELAXATIONS = 3;
        /** Steps a retransmission may walk; far beyond where any chain forgets its start. */
        private static final int MAX_EXTRA_STEPS = 1_000;
        /** First transmissions whose state is remembered for their retransmissions: more than any window holds. */
        private static final int REMEMBERED = 65_536;
        private final RandomGenerator random;
        private final double p;
        private final double r;
        private final double lossInBad;
        private final double lossInGood;
        private boolean bad;
        /** The state of the keyed chain, which first transmissions advance. */
        private boolean keyedBad;
        /** Steps between two attempts of a segment: {@value #RELAXATIONS} / (p + r), at least 1. */
        private final int relaxationSteps;
        /** The keyed chain's state after each recent first transmission, by stream place; bounded. */
        private final Map<Long, Boolean> after = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        };

        Chain(RandomGenerator random, double p, double r, double lossInBad, double lossInGood) {
            this.random = random;
            this.p = p;
            this.r = r;
            this.lossInBad = lossInBad;
            this.lossInGood = lossInGood;
            this.relaxationSteps = (int) Math.max(1, Math.min(MAX_EXTRA_STEPS, Math.ceil(RELAXATIONS / (p + r))));
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
            boolean startedBad;
            if (key.first()) {
                startedBad = keyedBad;
                keyedBad = startedBad ? transition >= r : transition < p;
                after.put(key.position(), keyedBad);
            } else {
                // Retransmission k starts (k - 1) relaxation times past the state its segment left: keyed, so
                // how many new segments timing sent before it does not matter.
                startedBad = after.getOrDefault(key.position(), keyedBad);
                long steps = Math.min(MAX_EXTRA_STEPS, (long) (key.transmission() - 1) * relaxationSteps);
                for (long i = 0; i < steps; i++) {
                    startedBad = startedBad ? random.nextDouble() >= r : random.nextDouble() < p;
                }
            }
            double lossChance = startedBad ? lossInBad : lossInGood;
            return lossDraw < lossChance ? new Step.Drop(DropReason.LOSS) : new Step.Pass(copy);
        }
    }
}
