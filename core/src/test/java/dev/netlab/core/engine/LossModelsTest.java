package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.Percent;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.api.Test;

class LossModelsTest {

    private static final long SPACING_NANOS = 1_000_000;

    @Test
    void bernoulliLossDropsAboutTheConfiguredShare() {
        int packets = 100_000;
        ImpairmentEngine engine = Traffic.uplinkOnly(42, LinkConfig.builder().loss(Percent.parse("5%")).build());
        int[] lost = new int[1];
        Traffic.send(engine, 1, packets, SPACING_NANOS, 100, f -> lost[0] += f instanceof Fate.Dropped ? 1 : 0);
        // Two-sided binomial test at alpha 0.001: a correct model fails it for 0.1% of seeds; this seed is fixed.
        double pValue = new BinomialTest().binomialTest(packets, lost[0], 0.05, AlternativeHypothesis.TWO_SIDED);
        assertTrue(pValue > 0.001, "lost " + lost[0] + " of " + packets + ", p = " + pValue);
        System.out.printf("bernoulli 5%%: lost %d of %d, binomial p = %.3f%n", lost[0], packets, pValue);
        assertEquals(lost[0], engine.counters().count(Direction.UPLINK, Action.DROPPED));
    }

    @Test
    void gilbertElliottLosesTheTheoreticalRateInBurstsOfMeanLengthOneOverR() {
        GilbertElliottLoss model = new GilbertElliottLoss(Percent.parse("1%"), Percent.parse("25%"));
        int packets = 1_000_000;
        Bursts bursts = run(model, packets);
        double expectedRate = Theory.gilbertElliottLossRate(model); // 0.01 / 0.26 = 3.846%
        // The loss indicator is the chain's state, a Markov chain with eigenvalue λ = 1 − p − r, whose
        // long-run variance per packet is π_B·π_G·(1 + λ)/(1 − λ); 4.5 standard errors: false failure < 1e-5.
        double piBad = Theory.gilbertElliottBadShare(model);
        double lambda = 1 - 0.01 - 0.25;
        double rateError = Math.sqrt(piBad * (1 - piBad) * (1 + lambda) / (1 - lambda) / packets);
        assertEquals(expectedRate, bursts.lossRate(), 4.5 * rateError, "loss rate");
        // Bursts are geometric with mean 1/r = 4 and variance (1 − r)/r² = 12; 4.5 standard errors again.
        double burstError = Math.sqrt(12.0 / bursts.count);
        assertEquals(Theory.gilbertElliottMeanBurstPackets(model), bursts.meanLength(), 4.5 * burstError, "burst");
        System.out.printf("gilbert-elliott p 1%% r 25%%: loss %.5f (theory %.5f), mean burst %.3f (theory 4) over %d bursts%n",
                bursts.lossRate(), expectedRate, bursts.meanLength(), bursts.count);
    }

    @Test
    void gilbertElliottWithLossInBothStatesLosesTheMixedRate() {
        GilbertElliottLoss model = new GilbertElliottLoss(Percent.parse("1%"), Percent.parse("25%"),
                Percent.parse("50%"), Percent.parse("1%"));
        int packets = 1_000_000;
        Bursts bursts = run(model, packets);
        // Variance per packet: the coin's own E[h(1 − h)] plus the state's Var h(S)·(1 + λ)/(1 − λ);
        // 4.5 standard errors: false failure < 1e-5.
        double piBad = Theory.gilbertElliottBadShare(model);
        double lambda = 0.74;
        double coin = piBad * 0.5 * 0.5 + (1 - piBad) * 0.01 * 0.99;
        double state = piBad * (1 - piBad) * 0.49 * 0.49 * (1 + lambda) / (1 - lambda);
        assertEquals(Theory.gilbertElliottLossRate(model), bursts.lossRate(),
                4.5 * Math.sqrt((coin + state) / packets));
        System.out.printf("gilbert-elliott lossInBad 50%% lossInGood 1%%: loss %.5f (theory %.5f)%n",
                bursts.lossRate(), Theory.gilbertElliottLossRate(model));
    }

    @Test
    void gilbertElliottDecidesLossByTheStateThePacketStartedIn() {
        // p = r = 100% flips the state on every packet starting from good, so with netem's order
        // (transition first, loss by the starting state) packets 1, 3, 5... are lost, never 0, 2, 4...
        GilbertElliottLoss model = new GilbertElliottLoss(Percent.HUNDRED, Percent.HUNDRED);
        ImpairmentEngine engine = Traffic.uplinkOnly(1, LinkConfig.builder().loss(model).build());
        var fates = Traffic.send(engine, 1, 1000, SPACING_NANOS);
        for (int i = 0; i < fates.size(); i++) {
            assertEquals(i % 2 == 1, fates.get(i) instanceof Fate.Dropped, "packet " + i);
        }
    }

    @Test
    void patternDropsExactlyThePacketsMarkedX() {
        ImpairmentEngine engine = Traffic.uplinkOnly(1, LinkConfig.builder().loss(new PatternLoss("..X..XX.")).build());
        var fates = Traffic.send(engine, 1, 100_000, SPACING_NANOS);
        for (int i = 0; i < fates.size(); i++) {
            // Packet k follows character k mod 8, so the whole run is determined by the pattern.
            boolean marked = "..X..XX.".charAt(i % 8) == 'X';
            assertEquals(marked, fates.get(i) instanceof Fate.Dropped, "packet " + i);
            if (marked) {
                assertEquals(DropReason.LOSS, assertInstanceOf(Fate.Dropped.class, fates.get(i)).reason());
            }
        }
        assertEquals(3.0 / 8, new PatternLoss("..X..XX.").lossRate());
    }

    private static Bursts run(GilbertElliottLoss model, int packets) {
        ImpairmentEngine engine = Traffic.uplinkOnly(7, LinkConfig.builder().loss(model).build());
        Bursts bursts = new Bursts(packets);
        Traffic.send(engine, 1, packets, SPACING_NANOS, 100, f -> bursts.add(f instanceof Fate.Dropped));
        return bursts;
    }

    /** Counts losses and runs of consecutive losses. */
    private static final class Bursts {
        private final int packets;
        private long lost;
        private long count;
        private boolean inBurst;

        Bursts(int packets) {
            this.packets = packets;
        }

        void add(boolean dropped) {
            if (dropped) {
                lost++;
                count += inBurst ? 0 : 1;
            }
            inBurst = dropped;
        }

        double lossRate() {
            return lost / (double) packets;
        }

        double meanLength() {
            return lost / (double) count;
        }
    }
}
