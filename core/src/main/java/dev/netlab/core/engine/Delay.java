package dev.netlab.core.engine;

import java.util.Map;
import java.util.List;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code delay: 20ms, jitter: 5ms, distribution: normal, preserveOrder: false}: each copy waits
 * {@code delay} plus a jitter drawn from the distribution, never less than zero. With
 * {@code preserveOrder: true} a copy is never released before the previous copy of its flow and
 * direction, so jitter cannot reorder (it bunches instead). "Previous" means the copy this stage
 * processed just before, in the order the relay hands packets to the engine: for UDP the datagram
 * that reached the relay before, for TCP the transmission the emulation sent before (a
 * retransmission included), on the emulation's clock. The hold is measured on the arrival times the
 * relay passes (see {@link ArrivalClock}): for TCP the emulation's send times; for UDP in a measured
 * run the emulated arrival times, so the hold repeats from run to run; in a proxy the real ones, so
 * a hold varies with the sender's real spacing. Which copies are dropped never depends on it (no drop
 * decision follows the delay except a rate queue's).
 * {@link DelayDistribution#draws()} draws per copy when jitter is set, none otherwise.
 *
 * @param delay the base delay; default 0, at most 1h
 * @param jitter the spread around it; default 0, at most 1h
 * @param distribution the shape of the spread; default uniform
 * @param preserveOrder whether release times are clamped to keep order; default false
 */
public record Delay(Duration delay, Duration jitter, DelayDistribution distribution, boolean preserveOrder)
        implements Impairment {

    // Declared before NONE: the constructor that builds NONE reads it.
    private static final Duration MAX = Duration.ofHours(1);

    /** No delay. */
    public static final Delay NONE = new Delay(Duration.ZERO, Duration.ZERO, DelayDistribution.UNIFORM, false);

    /** Its keys, parsing and place in the chain: after corrupt, before reorder. */
    public static final ImpairmentDescriptor<Delay> DESCRIPTOR = new Descriptor();

    /** Checks both durations are between 0 and 1h and the distribution is given. */
    public Delay {
        requireRange("delay", delay);
        requireRange("jitter", jitter);
        Objects.requireNonNull(distribution, "distribution");
    }

    private static void requireRange(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.compareTo(MAX) > 0) {
            String shown = value.isNegative() ? "-" + Durations.format(value.negated()) : Durations.format(value);
            throw new IllegalArgumentException(name + " must be between 0ms and 1h: " + shown);
        }
    }

    /** Whether this changes any release time. */
    public boolean delays() {
        return !delay.isZero() || !jitter.isZero();
    }

    @Override
    public String name() {
        return "delay";
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        return new Line(random, delay.toNanos(), jitter.toNanos(), distribution, preserveOrder);
    }

    /** The delay line of one flow and direction. */
    private static final class Line implements Stage {
        private final RandomGenerator random;
        private final long delayNanos;
        private final long jitterNanos;
        private final DelayDistribution distribution;
        private final boolean preserveOrder;
        private long lastReleaseNanos = Long.MIN_VALUE;

        Line(RandomGenerator random, long delayNanos, long jitterNanos, DelayDistribution distribution,
                boolean preserveOrder) {
            this.random = random;
            this.delayNanos = delayNanos;
            this.jitterNanos = jitterNanos;
            this.distribution = distribution;
            this.preserveOrder = preserveOrder;
        }

        @Override
        public Step apply(Packet packet, Copy copy) {
            long waitNanos = jitterNanos == 0
                    ? delayNanos
                    : Math.max(0L, Math.round(distribution.sampleNanos(delayNanos, jitterNanos, random)));
            long release = copy.releaseNanos() + waitNanos;
            if (preserveOrder) {
                release = Math.max(release, lastReleaseNanos);
                lastReleaseNanos = release;
            }
            return new Step.Pass(copy.releasedAt(release));
        }
    }

    private static final class Descriptor implements ImpairmentDescriptor<Delay> {
        private static final SettingKey<Duration> DELAY = SettingKey.duration("delay", "one-way delay, for example 20ms",
                "0ms");
        private static final SettingKey<Duration> JITTER = SettingKey.duration("jitter",
                "delay variation, for example 5ms", "0ms");
        private static final SettingKey<DelayDistribution> DISTRIBUTION = SettingKey.named("distribution",
                "jitter distribution: uniform, normal, pareto, paretonormal or exponential (default uniform)", "uniform",
                DelayDistribution::parse, DelayDistribution::label);
        private static final SettingKey<Boolean> PRESERVE_ORDER = SettingKey.bool("preserveOrder",
                "true keeps jitter from reordering packets (default false)", "false");

        @Override
        public String name() {
            return "delay";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(DELAY, JITTER, DISTRIBUTION, PRESERVE_ORDER);
        }

        @Override
        public Delay off() {
            return NONE;
        }

        @Override
        public Delay settings(SettingValues values) {
            return new Delay(values.get(DELAY).orElse(Duration.ZERO), values.get(JITTER).orElse(Duration.ZERO),
                    values.get(DISTRIBUTION).orElse(DelayDistribution.UNIFORM), values.get(PRESERVE_ORDER).orElse(false));
        }

        @Override
        public void print(Delay settings, Map<String, String> out) {
            if (!settings.delay().isZero()) {
                out.put(DELAY.name(), DELAY.print(settings.delay()));
            }
            if (!settings.jitter().isZero()) {
                out.put(JITTER.name(), JITTER.print(settings.jitter()));
                out.put(DISTRIBUTION.name(), DISTRIBUTION.print(settings.distribution()));
            }
            if (settings.preserveOrder()) {
                out.put(PRESERVE_ORDER.name(), PRESERVE_ORDER.print(true));
            }
        }

        @Override
        public boolean acts(Delay settings) {
            return settings.delays();
        }

        @Override
        public Impairment impairment(Delay settings, LinkConfig link) {
            return settings;
        }
    }
}
