package dev.netlab.core.engine;

import java.util.Locale;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The shape of the jitter around {@code delay}. Each draw is an inverse-transform of uniform
 * draws from the stage's seeded generator through a commons-math3 distribution, so every shape
 * uses a fixed number of draws per copy (a distribution's own {@code sample()} may loop).
 * Delays below zero are clamped to zero by {@link Delay}.
 */
public enum DelayDistribution {
    /** {@code delay ± jitter}, uniform: netem's default. One draw. Mean: delay. */
    UNIFORM(1),
    /** {@code delay + jitter·Z}, Z standard normal. One draw. Mean: delay before clamping at 0. */
    NORMAL(1),
    /**
     * {@code delay + jitter·P}, with netem's pareto table {@code P = (4/3)·(X − 1.5)}, X Pareto with
     * scale 1 and shape 3: centred on delay, never below {@code delay − (2/3)·jitter}, a long tail
     * above (netem's 16-bit table cuts it at +4 jitters; netlab does not). One draw. Mean: delay
     * before clamping at 0.
     */
    PARETO(1),
    /**
     * {@code delay + jitter·(0.25·Z + 0.75·P)}, netem's paretonormal table: a quarter normal plus
     * three quarters of the pareto above, both taken at the <em>same</em> quantile (the table pairs
     * them entry by entry). One draw. Mean: delay before clamping at 0.
     */
    PARETONORMAL(1),
    /** {@code delay + jitter·E}, E exponential with mean 1: never below delay. One draw. Mean: delay + jitter. */
    EXPONENTIAL(1);

    /** Pareto shape of netem's table. */
    static final double PARETO_SHAPE = 3.0;

    // Used only through inverseCumulativeProbability, which is stateless, so one shared instance each is safe.
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    private static final ExponentialDistribution EXPONENTIAL_1 = new ExponentialDistribution(null, 1);

    private final int draws;

    DelayDistribution(int draws) {
        this.draws = draws;
    }

    /** How many uniform draws one delay takes. */
    public int draws() {
        return draws;
    }

    /** The name used in scenario files, for example {@code paretonormal}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a distribution name.
     *
     * @throws IllegalArgumentException naming the text and the allowed values
     */
    public static DelayDistribution parse(String text) {
        for (DelayDistribution d : values()) {
            if (d.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("distribution must be uniform, normal, pareto, paretonormal or exponential: '"
                + text + "'");
    }

    /**
     * One delay, before clamping.
     *
     * @param delayNanos the configured delay
     * @param jitterNanos the configured jitter
     * @param random the delay stage's generator; exactly {@link #draws()} values are drawn
     * @return the delay in nanoseconds; may be negative except for exponential
     */
    double sampleNanos(double delayNanos, double jitterNanos, RandomGenerator random) {
        return switch (this) {
            case UNIFORM -> delayNanos + jitterNanos * (2 * random.nextDouble() - 1);
            case NORMAL -> delayNanos + jitterNanos * STANDARD_NORMAL.inverseCumulativeProbability(open(random));
            case PARETO -> delayNanos + jitterNanos * netemPareto(random.nextDouble());
            case PARETONORMAL -> {
                double u = open(random);
                yield delayNanos + jitterNanos * (0.25 * STANDARD_NORMAL.inverseCumulativeProbability(u)
                        + 0.75 * netemPareto(u));
            }
            case EXPONENTIAL -> delayNanos + jitterNanos * EXPONENTIAL_1.inverseCumulativeProbability(random.nextDouble());
        };
    }

    /**
     * netem's standardised pareto value at quantile u: {@code (4/3)·(X − 1.5)} with X Pareto(1, 3)
     * at u, which has mean 0 (X has mean 1.5). The inverse CDF {@code (1 − u)^(−1/3)} is written out:
     * commons-math3's {@code ParetoDistribution} (the tests' reference) inverts numerically, far slower.
     */
    static double netemPareto(double u) {
        return 4.0 / 3.0 * (Math.pow(1 - u, -1 / PARETO_SHAPE) - 1.5);
    }

    /** A uniform draw in (0, 1): the normal's inverse is infinite at 0. */
    private static double open(RandomGenerator random) {
        double u = random.nextDouble();
        return u == 0.0 ? Double.MIN_NORMAL : u;
    }
}
