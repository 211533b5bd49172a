package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

// Every KS test rejects at alpha 0.001: a correct model fails one for 0.1% of seeds; the seeds are fixed.
class DelayDistributionsTest {

    private static final int PACKETS = 100_000;
    private static final long SPACING_NANOS = 1_000_000;
    private static final double DELAY_NANOS = 50e6;
    private static final double JITTER_NANOS = 5e6;
    private static final double ALPHA = 0.001;

    @Test
    void uniformJitterIsUniformAroundTheDelay() {
        // netem's default: delay ± jitter, flat.
        assertFits(DelayDistribution.UNIFORM,
                new UniformRealDistribution(DELAY_NANOS - JITTER_NANOS, DELAY_NANOS + JITTER_NANOS), 0, 1);
    }

    @Test
    void normalJitterIsNormalWithTheJitterAsStandardDeviation() {
        // At 10 standard deviations above 0 the clamp never acts, so the plain normal is the reference.
        assertFits(DelayDistribution.NORMAL, new NormalDistribution(DELAY_NANOS, JITTER_NANOS), 0, 1);
    }

    @Test
    void paretoJitterFollowsNetemsCentredParetoTable() {
        // netem's table is (4/3)(X − 1.5) jitters, X Pareto(1, 3); so (delay − base)/(4/3 jitter) + 1.5 must be Pareto(1, 3).
        assertFits(DelayDistribution.PARETO, new ParetoDistribution(1, 3), DELAY_NANOS - 1.5 * 4 / 3 * JITTER_NANOS,
                4.0 / 3 * JITTER_NANOS);
    }

    @Test
    void exponentialJitterIsExponentialWithTheJitterAsMean() {
        // (delay − base)/jitter must be exponential with mean 1.
        assertFits(DelayDistribution.EXPONENTIAL, new ExponentialDistribution(1), DELAY_NANOS, JITTER_NANOS);
    }

    @Test
    void paretonormalJitterIsAQuarterNormalAndThreeQuartersParetoAtTheSameQuantile() {
        // No closed form for the mix, so a two-sample KS test against an independent sample of netem's
        // table definition, built from commons-math3's own quantile functions.
        double[] measured = standardised(delays(DelayDistribution.PARETONORMAL));
        Well19937c other = new Well19937c(2024);
        NormalDistribution normal = new NormalDistribution(0, 1);
        ParetoDistribution pareto = new ParetoDistribution(1, 3);
        double[] reference = new double[PACKETS / 10]; // the numeric Pareto inverse is slow; 10 000 suffice
        for (int i = 0; i < reference.length; i++) {
            double u = other.nextDouble();
            reference[i] = 0.25 * normal.inverseCumulativeProbability(u)
                    + 0.75 * (4.0 / 3) * (pareto.inverseCumulativeProbability(u) - 1.5);
        }
        double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(measured, reference);
        assertTrue(pValue > ALPHA, "p = " + pValue);
        System.out.printf("paretonormal: two-sample KS p = %.3f%n", pValue);
        assertMeanMatchesTheory(DelayDistribution.PARETONORMAL, delays(DelayDistribution.PARETONORMAL));
    }

    @Test
    void delayIsNeverNegativeAndItsMeanIsTheClampedMean() {
        // Jitter ten times the delay: the normal would go below zero half the time; the clamp must keep
        // every release at or after arrival and raise the mean to μΦ(μ/σ) + σφ(μ/σ) exactly as Theory says.
        Delay delay = new Delay(Duration.ofMillis(1), Duration.ofMillis(10), DelayDistribution.NORMAL, false);
        double[] delays = Traffic.delaysNanos(Traffic.send(engine(delay), 1, PACKETS, SPACING_NANOS), SPACING_NANOS);
        assertTrue(StatUtils.min(delays) >= 0, "min " + StatUtils.min(delays));
        double standardError = Math.sqrt(StatUtils.variance(delays) / PACKETS);
        // 4.5 standard errors: false failure < 1e-5.
        assertEquals(Theory.meanDelayNanos(delay), StatUtils.mean(delays), 4.5 * standardError);
    }

    @Test
    void preserveOrderStopsJitterFromReordering() {
        // Jitter (5ms) far above the spacing (0.1ms) reorders plenty without the clamp, none with it.
        long spacing = 100_000;
        assertTrue(inversions(orderedRun(false, spacing)) > 1000, "jitter alone reorders");
        assertEquals(0, inversions(orderedRun(true, spacing)), "preserveOrder keeps order");
    }

    private static List<Fate> orderedRun(boolean preserveOrder, long spacingNanos) {
        Delay delay = new Delay(Duration.ofMillis(20), Duration.ofMillis(5), DelayDistribution.UNIFORM, preserveOrder);
        return Traffic.send(engine(delay), 1, PACKETS, spacingNanos);
    }

    private static int inversions(List<Fate> fates) {
        int inversions = 0;
        long last = Long.MIN_VALUE;
        for (Fate fate : fates) {
            long release = ((Fate.Delivered) fate).first().releaseNanos();
            inversions += release < last ? 1 : 0;
            last = release;
        }
        return inversions;
    }

    private static void assertFits(DelayDistribution shape, RealDistribution reference, double shift, double scale) {
        double[] delays = delays(shape);
        double[] scaled = new double[delays.length];
        for (int i = 0; i < delays.length; i++) {
            scaled[i] = (delays[i] - shift) / scale;
        }
        double pValue = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(reference, scaled);
        assertTrue(pValue > ALPHA, shape + ": p = " + pValue);
        System.out.printf("%s: KS p = %.3f%n", shape.label(), pValue);
        assertMeanMatchesTheory(shape, delays);
    }

    private static void assertMeanMatchesTheory(DelayDistribution shape, double[] delays) {
        Delay delay = new Delay(Duration.ofNanos((long) DELAY_NANOS), Duration.ofNanos((long) JITTER_NANOS), shape, false);
        double mean = StatUtils.mean(delays);
        // Pareto shape 3 has finite variance, so 4.5 standard errors of the sample mean: false failure < 1e-5.
        double standardError = Math.sqrt(StatUtils.variance(delays) / delays.length);
        assertEquals(Theory.meanDelayNanos(delay), mean, 4.5 * standardError, shape + " mean");
        System.out.printf("%s: mean delay %.4f ms, theory %.4f ms%n", shape.label(), mean / 1e6,
                Theory.meanDelayNanos(delay) / 1e6);
    }

    private static double[] delays(DelayDistribution shape) {
        Delay delay = new Delay(Duration.ofNanos((long) DELAY_NANOS), Duration.ofNanos((long) JITTER_NANOS), shape, false);
        return Traffic.delaysNanos(Traffic.send(engine(delay), 1, PACKETS, SPACING_NANOS), SPACING_NANOS);
    }

    private static double[] standardised(double[] delays) {
        double[] z = new double[delays.length];
        for (int i = 0; i < delays.length; i++) {
            z[i] = (delays[i] - DELAY_NANOS) / JITTER_NANOS;
        }
        return z;
    }

    private static ImpairmentEngine engine(Delay delay) {
        LinkConfig config = LinkConfig.builder().delay(delay.delay()).jitter(delay.jitter())
                .distribution(delay.distribution()).preserveOrder(delay.preserveOrder()).build();
        // A seed per shape, so the five tests are independent rather than transforms of one stream.
        return Traffic.uplinkOnly(11 + delay.distribution().ordinal(), config);
    }
}
