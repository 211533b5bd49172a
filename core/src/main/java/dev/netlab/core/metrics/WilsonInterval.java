package dev.netlab.core.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Wilson score interval for a proportion such as the delivery ratio: where the true ratio
 * probably lies, given {@code successes} out of {@code trials}. Unlike the textbook
 * {@code p ± z·sqrt(p(1-p)/n)} it stays inside [0, 1] and is honest at 0/n and n/n, which are
 * exactly the results a clean or a dead link gives.
 *
 * <p>{@code centre = (p + z²/2n) / (1 + z²/n)},
 * {@code half = z / (1 + z²/n) · sqrt(p(1-p)/n + z²/4n²)}, with {@code z} the two-sided normal
 * quantile for the confidence (1.95996 for 95%).
 *
 * @param low lower bound, in [0, 1]
 * @param high upper bound, in [low, 1]
 */
public record WilsonInterval(double low, double high) {

    /** The default confidence level, 95%. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** Checks the bounds are an interval inside [0, 1]. */
    public WilsonInterval {
        if (!(low >= 0 && low <= high && high <= 1)) {
            throw new IllegalArgumentException("interval must satisfy 0 <= low <= high <= 1: [" + low + ", " + high + "]");
        }
    }

    /** The 95% interval; see {@link #of(long, long, double)}. */
    public static WilsonInterval of(long successes, long trials) {
        return of(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * The interval at a confidence level.
     *
     * @param successes for example messages delivered, from 0 to {@code trials}
     * @param trials for example messages sent, 0 or more; with 0 trials nothing is known and the
     *     interval is [0, 1]
     * @param confidence strictly between 0 and 1, for example 0.95
     */
    public static WilsonInterval of(long successes, long trials, double confidence) {
        return of(successes, trials, confidence, 1);
    }

    /**
     * The interval for trials that are not independent, such as packets on a bursty link: the
     * Wilson interval of the same ratio over the effective number of trials
     * {@code trials / varianceInflation} (Kish's design effect), so its width follows the count's
     * real spread. See {@link dev.netlab.core.engine.LossProcess#varianceInflation()}.
     *
     * @param successes as for {@link #of(long, long, double)}
     * @param trials as for {@link #of(long, long, double)}
     * @param confidence as for {@link #of(long, long, double)}
     * @param varianceInflation how many times wider the count's variance is than a binomial's;
     *     1 for independent trials, above 0
     */
    public static WilsonInterval of(long successes, long trials, double confidence, double varianceInflation) {
        if (!(varianceInflation > 0) || Double.isInfinite(varianceInflation)) {
            throw new IllegalArgumentException("variance inflation must be above 0: " + varianceInflation);
        }
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be 0 or more: " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be between 0 and the " + trials + " trials: " + successes);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1: " + confidence);
        }
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        // No random generator: only the quantile is used, never a sample.
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = trials / varianceInflation;
        double p = successes / (double) trials;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0/n and n/n the bound is exactly 0 or 1 in theory; rounding must not push it past.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new WilsonInterval(low, high);
    }
}
