package dev.netlab.core.engine;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * What the models should do on average, to print next to what a run measured. Each formula
 * states its assumptions; all are exact for the models as netlab implements them.
 */
public final class Theory {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private Theory() {
    }

    /** The expected share of packets lost by any loss model. */
    public static double lossRate(LossModel model) {
        return model.lossRate();
    }

    /**
     * The long-run share of packets that start in the bad state: {@code π_B = p / (p + r)}
     * (0 when {@code p} and {@code r} are both 0: the chain stays in the good state it starts in).
     */
    public static double gilbertElliottBadShare(GilbertElliottLoss model) {
        double p = model.p().fraction();
        double r = model.r().fraction();
        return p + r == 0 ? 0 : p / (p + r);
    }

    /** The long-run loss rate: {@code π_B·lossInBad + (1 − π_B)·lossInGood}. */
    public static double gilbertElliottLossRate(GilbertElliottLoss model) {
        double bad = gilbertElliottBadShare(model);
        return bad * model.lossInBad().fraction() + (1 - bad) * model.lossInGood().fraction();
    }

    /**
     * The mean number of packets in a burst of consecutive losses, {@code 1 / r}: with every bad
     * packet lost and no good one, a burst is a stay in the bad state, which lasts a geometric
     * number of packets with mean {@code 1 / r}.
     *
     * @throws IllegalArgumentException unless lossInBad is 100%, lossInGood 0% and r above 0%,
     *     the only case with this closed form
     */
    public static double gilbertElliottMeanBurstPackets(GilbertElliottLoss model) {
        if (model.lossInBad().fraction() != 1.0 || !model.lossInGood().isZero() || model.r().isZero()) {
            throw new IllegalArgumentException("the mean burst length 1/r holds only with lossInBad 100%, lossInGood 0%"
                    + " and r above 0%: " + model);
        }
        return 1 / model.r().fraction();
    }

    /**
     * The share of copies picked for reordering: {@code q / (1 + (gap − 1)·q)}. After each pick,
     * gap − 1 copies are skipped, then a geometric number of candidates (mean 1/q) ends with the next
     * pick, so one pick per {@code gap − 1 + 1/q} copies.
     */
    public static double reorderedShare(Reorder reorder) {
        double q = reorder.probability().fraction();
        return q == 0 ? 0 : q / (1 + (reorder.gap() - 1) * q);
    }

    /**
     * The expected delay of a copy (without reorder or rate), after clamping at 0 where the formula
     * knows it: uniform → delay (exactly {@code (delay + jitter)² / (4·jitter)} when jitter exceeds delay);
     * normal → {@code μ·Φ(μ/σ) + σ·φ(μ/σ)}, the mean of the normal clamped at 0, which is delay
     * when delay is many jitters above 0; pareto and paretonormal → delay, as netem's tables are
     * centred, before clamping (exact when delay ≥ (2/3)·jitter for pareto, nearly so for
     * paretonormal unless jitter is comparable to delay); exponential → delay + jitter.
     */
    public static double meanDelayNanos(Delay delay) {
        double mu = delay.delay().toNanos();
        double sigma = delay.jitter().toNanos();
        if (sigma == 0) {
            return mu;
        }
        return switch (delay.distribution()) {
            case UNIFORM -> sigma <= mu ? mu : (mu + sigma) * (mu + sigma) / (4 * sigma);
            case NORMAL -> mu * STANDARD_NORMAL.cumulativeProbability(mu / sigma)
                    + sigma * STANDARD_NORMAL.density(mu / sigma);
            case PARETO, PARETONORMAL -> mu;
            case EXPONENTIAL -> mu + sigma;
        };
    }

    /**
     * The payload throughput of a saturated rate-limited link: {@code rate × size / (size + overhead)},
     * since the link spends {@code overhead} of every {@code size + overhead} bytes on overhead.
     *
     * @param sizeBytes the payload size of each packet
     */
    public static double throughputBitsPerSecond(DataRate rate, int sizeBytes, ByteSize overhead) {
        return rate.bitsPerSecond() * (double) sizeBytes / (sizeBytes + overhead.bytes());
    }
}
