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
     * {@code delay + jitter·(X − 1)}, X Pareto with scale 1 and shape 3 (the shape of netem's
     * pareto table): never below delay, a long tail. One draw. Mean: delay + jitter/2.
     */
    PARETO(1),
    /**
     * {@code delay + jitter·(0.25·Z + 0.75·(X − 1))}, netem's mix of a quarter normal and three
     * quarters Pareto. Two draws. Mean: delay + 0.375·jitter before clamping at 0.
     */
    PARETONORMAL(2),
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
     * @return the delay in nanoseconds; may be negative for uniform, normal and paretonormal
     */
    double sampleNanos(double delayNanos, double jitterNanos, RandomGenerator random) {
        return switch (this) {
            case UNIFORM -> delayNanos + jitterNanos * (2 * random.nextDouble() - 1);
            case NORMAL -> delayNanos + jitterNanos * STANDARD_NORMAL.inverseCumulativeProbability(open(random));
            case PARETO -> delayNanos + jitterNanos * (paretoInverse(random.nextDouble()) - 1);
            case PARETONORMAL -> {
                double z = STANDARD_NORMAL.inverseCumulativeProbability(open(random));
                double x = paretoInverse(random.nextDouble());
                yield delayNanos + jitterNanos * (0.25 * z + 0.75 * (x - 1));
            }
            case EXPONENTIAL -> delayNanos + jitterNanos * EXPONENTIAL_1.inverseCumulativeProbability(random.nextDouble());
        };
    }

    /**
     * The inverse CDF of Pareto(scale 1, shape 3), {@code (1 − u)^(−1/3)}, in closed form: commons-math3's
     * {@code ParetoDistribution} (the tests' reference) inverts its CDF with a numeric solver, a hundred times slower.
     */
    static double paretoInverse(double u) {
        return Math.pow(1 - u, -1 / PARETO_SHAPE);
    }

    /** A uniform draw in (0, 1): the normal's inverse is infinite at 0. */
    private static double open(RandomGenerator random) {
        double u = random.nextDouble();
        return u == 0.0 ? Double.MIN_NORMAL : u;
    }
}
