package dev.netlab.core.engine;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything one direction of the link does to packets: the settings of every impairment in
 * {@link Impairments#CHAIN}, each off unless given. Immutable; validated here, so a
 * {@code LinkConfig} that exists can run. Build one with {@link #builder()} from typed values, or
 * from text with {@code LinkSettings.parse}.
 *
 * <p>Defaults: no loss, no delay (jitter distribution uniform, order not preserved), no reorder
 * (gap 1), no duplicates, no corruption (mode deliver), unlimited rate (overhead 0B, limit
 * {@link RateQueue#defaultLimitPackets}), not down.
 */
public final class LinkConfig {

    /** A link that does nothing: every packet delivered at once, unchanged. */
    public static final LinkConfig TRANSPARENT = builder().build();

    private final Map<ImpairmentDescriptor<?>, Object> settings;

    private LinkConfig(Map<ImpairmentDescriptor<?>, Object> given) {
        Map<ImpairmentDescriptor<?>, Object> all = new LinkedHashMap<>();
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            all.put(d, Objects.requireNonNull(given.getOrDefault(d, d.off()), d.name()));
        }
        this.settings = Collections.unmodifiableMap(all);
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            check(d);
        }
    }

    private <S> void check(ImpairmentDescriptor<S> d) {
        d.check(get(d), this);
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder starting from this configuration, for {@code with}-style changes. */
    public Builder toBuilder() {
        return new Builder(settings);
    }

    /** The settings of one impairment; its {@link ImpairmentDescriptor#off} when not given. */
    @SuppressWarnings("unchecked") // put under their own descriptor by the builder
    public <S> S get(ImpairmentDescriptor<S> impairment) {
        return (S) settings.get(impairment);
    }

    /** The loss model; default none ({@link LossModel#NONE}). */
    public LossModel loss() {
        return get(LossModel.DESCRIPTOR);
    }

    /** Delay, jitter, distribution and preserveOrder; default none. */
    public Delay delay() {
        return get(Delay.DESCRIPTOR);
    }

    /** Reorder probability and gap; default none. Needs a delay. */
    public Reorder reorder() {
        return get(Reorder.DESCRIPTOR);
    }

    /** Duplicate probability; default none. */
    public Duplicate duplicate() {
        return get(Duplicate.DESCRIPTOR);
    }

    /** Corrupt probability and mode; default none, mode deliver. */
    public Corrupt corrupt() {
        return get(Corrupt.DESCRIPTOR);
    }

    /** The link rate; default unlimited (empty). */
    public Optional<DataRate> rate() {
        return get(RateQueue.DESCRIPTOR).rate();
    }

    /** Bytes added to each packet when serialising; default 0B. Used only with a rate. */
    public ByteSize overhead() {
        return get(RateQueue.DESCRIPTOR).overhead();
    }

    /** The queue limit as configured; default empty, meaning {@link RateQueue#defaultLimitPackets}. */
    public OptionalInt limitPackets() {
        return get(RateQueue.DESCRIPTOR).limitPackets();
    }

    /** Whether the link is cut and drops everything; default false. */
    public boolean down() {
        return get(Outage.DESCRIPTOR).down();
    }

    /**
     * Whether this link leaves packets alone: every packet delivered at its arrival time, once,
     * unchanged. Relays check it to skip the engine entirely.
     */
    public boolean isTransparent() {
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            if (acts(d)) {
                return false;
            }
        }
        return true;
    }

    private <S> boolean acts(ImpairmentDescriptor<S> d) {
        return d.acts(get(d));
    }

    /**
     * The losses this link causes by itself, each impairment's {@link ImpairmentDescriptor#lossProcess}
     * composed in chain order. Tail drops at a rate's queue are not in it: they depend on the
     * traffic, not only on the link.
     */
    public LossProcess lossProcess() {
        LossProcess process = LossProcess.NONE;
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            process = process.then(contribution(d));
        }
        return process;
    }

    private <S> LossProcess contribution(ImpairmentDescriptor<S> d) {
        return d.lossProcess(get(d));
    }

    /** The queue limit in effect: the configured one or the default for the rate and delay; empty without a rate. */
    public OptionalInt queueLimitPackets() {
        return rate().map(r -> OptionalInt.of(limitPackets().orElse(RateQueue.defaultLimitPackets(r, delay()))))
                .orElse(OptionalInt.empty());
    }

    /** The impairments that act, in chain order (see {@link Stage}); empty when transparent. */
    public List<Impairment> chain() {
        List<Impairment> chain = new ArrayList<>(Impairments.CHAIN.size());
        for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
            if (acts(d)) {
                chain.add(impairment(d));
            }
        }
        return List.copyOf(chain);
    }

    private <S> Impairment impairment(ImpairmentDescriptor<S> d) {
        return d.impairment(get(d), this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkConfig link && settings.equals(link.settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("LinkConfig[");
        settings.forEach((d, s) -> text.append(text.length() == 11 ? "" : ", ").append(d.name()).append('=').append(s));
        return text.append(']').toString();
    }

    /** Collects typed settings; {@link #build()} validates them together. Not thread-safe. */
    public static final class Builder {
        private final Map<ImpairmentDescriptor<?>, Object> settings = new LinkedHashMap<>();

        private Builder(Map<ImpairmentDescriptor<?>, Object> start) {
            for (ImpairmentDescriptor<?> d : Impairments.CHAIN) {
                settings.put(d, start.getOrDefault(d, d.off()));
            }
        }

        /** The settings of one impairment, replacing what was set for it. */
        public <S> Builder set(ImpairmentDescriptor<S> impairment, S value) {
            settings.put(impairment, Objects.requireNonNull(value, impairment.name()));
            return this;
        }

        @SuppressWarnings("unchecked") // put under their own descriptor by set
        private <S> S current(ImpairmentDescriptor<S> impairment) {
            return (S) settings.get(impairment);
        }

        /** {@code loss: 5%}: Bernoulli loss. */
        public Builder loss(Percent probability) {
            return loss(new BernoulliLoss(probability));
        }

        /** Any loss model: Bernoulli, Gilbert-Elliott or a pattern. */
        public Builder loss(LossModel model) {
            return set(LossModel.DESCRIPTOR, model);
        }

        /** {@code delay: 20ms}. */
        public Builder delay(Duration value) {
            Delay d = current(Delay.DESCRIPTOR);
            return set(Delay.DESCRIPTOR, new Delay(value, d.jitter(), d.distribution(), d.preserveOrder()));
        }

        /** {@code jitter: 5ms}. */
        public Builder jitter(Duration value) {
            Delay d = current(Delay.DESCRIPTOR);
            return set(Delay.DESCRIPTOR, new Delay(d.delay(), value, d.distribution(), d.preserveOrder()));
        }

        /** {@code distribution: normal}. */
        public Builder distribution(DelayDistribution value) {
            Delay d = current(Delay.DESCRIPTOR);
            return set(Delay.DESCRIPTOR, new Delay(d.delay(), d.jitter(), value, d.preserveOrder()));
        }

        /** {@code preserveOrder: true}. */
        public Builder preserveOrder(boolean value) {
            Delay d = current(Delay.DESCRIPTOR);
            return set(Delay.DESCRIPTOR, new Delay(d.delay(), d.jitter(), d.distribution(), value));
        }

        /** {@code reorder: 10%}. */
        public Builder reorder(Percent value) {
            return set(Reorder.DESCRIPTOR, new Reorder(value, current(Reorder.DESCRIPTOR).gap()));
        }

        /** {@code gap: 5}. */
        public Builder gap(int packets) {
            return set(Reorder.DESCRIPTOR, new Reorder(current(Reorder.DESCRIPTOR).probability(), packets));
        }

        /** {@code duplicate: 1%}. */
        public Builder duplicate(Percent value) {
            return set(Duplicate.DESCRIPTOR, new Duplicate(value));
        }

        /** {@code corrupt: 0.5%}. */
        public Builder corrupt(Percent value) {
            return set(Corrupt.DESCRIPTOR, new Corrupt(value, current(Corrupt.DESCRIPTOR).mode()));
        }

        /** {@code corruptMode: drop}. */
        public Builder corruptMode(CorruptMode value) {
            return set(Corrupt.DESCRIPTOR, new Corrupt(current(Corrupt.DESCRIPTOR).probability(), value));
        }

        /** {@code rate: 2mbit}. */
        public Builder rate(DataRate value) {
            RateQueue.Settings r = current(RateQueue.DESCRIPTOR);
            return set(RateQueue.DESCRIPTOR, new RateQueue.Settings(Optional.of(value), r.overhead(), r.limitPackets(), r.share()));
        }

        /** {@code overhead: 14B}. */
        public Builder overhead(ByteSize value) {
            RateQueue.Settings r = current(RateQueue.DESCRIPTOR);
            return set(RateQueue.DESCRIPTOR, new RateQueue.Settings(r.rate(), value, r.limitPackets(), r.share()));
        }

        /** {@code limit: 100} packets. */
        public Builder limit(int packets) {
            RateQueue.Settings r = current(RateQueue.DESCRIPTOR);
            return set(RateQueue.DESCRIPTOR, new RateQueue.Settings(r.rate(), r.overhead(), OptionalInt.of(packets), r.share()));
        }

        /** {@code share: per-flow}. */
        public Builder share(LinkShare value) {
            RateQueue.Settings r = current(RateQueue.DESCRIPTOR);
            return set(RateQueue.DESCRIPTOR, new RateQueue.Settings(r.rate(), r.overhead(), r.limitPackets(), value));
        }

        /** {@code down: true}. */
        public Builder down(boolean value) {
            return set(Outage.DESCRIPTOR, new Outage(value));
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException naming the first bad setting, its value and the allowed range
         */
        public LinkConfig build() {
            return new LinkConfig(settings);
        }
    }
}
