package dev.netlab.core.engine;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything one direction of the link does to packets. Immutable; validated here, so a
 * {@code LinkConfig} that exists can run. Build one with {@link #builder()} from typed values
 * (the CLI and scenario loader parse strings with {@link Percent#parse}, {@link DataRate#parse},
 * {@link ByteSize#parse} and {@code Durations.parse} first).
 *
 * @param loss the loss model; default none ({@link LossModel#NONE})
 * @param delay delay, jitter, distribution and preserveOrder; default none
 * @param reorder reorder probability and gap; default none. Needs a delay.
 * @param duplicate duplicate probability; default none
 * @param corrupt corrupt probability and mode; default none, mode deliver
 * @param rate the link rate; default unlimited (empty)
 * @param overhead bytes added to each packet when serialising; default 0B. Used only with a rate.
 * @param limitPackets the queue limit in packets; default {@link RateQueue#defaultLimitPackets}. Needs a rate.
 * @param down whether the link is cut and drops everything; default false
 */
public record LinkConfig(LossModel loss, Delay delay, Reorder reorder, Duplicate duplicate, Corrupt corrupt,
        Optional<DataRate> rate, ByteSize overhead, OptionalInt limitPackets, boolean down) {

    /** A link that does nothing: every packet delivered at once, unchanged. */
    public static final LinkConfig TRANSPARENT = builder().build();

    /** Checks each part is given and the parts make sense together. */
    public LinkConfig {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(reorder, "reorder");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(corrupt, "corrupt");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(overhead, "overhead");
        Objects.requireNonNull(limitPackets, "limitPackets");
        if (!reorder.probability().isZero() && delay.delay().isZero()) {
            throw new IllegalArgumentException("reorder " + reorder.probability() + " needs a delay: a reordered packet"
                    + " is sent at once while the others wait out the delay, so with delay 0ms there is nothing to"
                    + " overtake; add for example delay: 20ms");
        }
        if (limitPackets.isPresent() && rate.isEmpty()) {
            throw new IllegalArgumentException("limit " + limitPackets.getAsInt() + " packets needs a rate: the queue"
                    + " fills only while packets wait for the link; add for example rate: 10mbit");
        }
        // Build the rate stage once so a bad limit or overhead fails here, naming the setting.
        rate.ifPresent(r -> new RateQueue(r, overhead, limitPackets.orElse(RateQueue.defaultLimitPackets(r, delay))));
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration, for {@code with}-style changes. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.loss = loss;
        b.delay = delay.delay();
        b.jitter = delay.jitter();
        b.distribution = delay.distribution();
        b.preserveOrder = delay.preserveOrder();
        b.reorder = reorder.probability();
        b.gap = reorder.gap();
        b.duplicate = duplicate.probability();
        b.corrupt = corrupt.probability();
        b.corruptMode = corrupt.mode();
        b.rate = rate.orElse(null);
        b.overhead = overhead;
        b.limit = limitPackets.isPresent() ? limitPackets.getAsInt() : null;
        b.down = down;
        return b;
    }

    /**
     * Whether this link leaves packets alone: every packet delivered at its arrival time, once,
     * unchanged. Relays check it to skip the engine entirely.
     */
    public boolean isTransparent() {
        return !down && !loss.drops() && !delay.delays() && duplicate.probability().isZero()
                && corrupt.probability().isZero() && rate.isEmpty();
    }

    /** The queue limit in effect: the configured one or the default for the rate and delay; empty without a rate. */
    public OptionalInt queueLimitPackets() {
        return rate.map(r -> OptionalInt.of(limitPackets.orElse(RateQueue.defaultLimitPackets(r, delay))))
                .orElse(OptionalInt.empty());
    }

    /** The impairments that act, in chain order (see {@link Stage}); empty when transparent. */
    public List<Impairment> chain() {
        List<Impairment> chain = new ArrayList<>(7);
        if (down) {
            chain.add(new Outage());
        }
        if (loss.drops()) {
            chain.add(loss);
        }
        if (!duplicate.probability().isZero()) {
            chain.add(duplicate);
        }
        if (!corrupt.probability().isZero()) {
            chain.add(corrupt);
        }
        if (delay.delays()) {
            chain.add(delay);
        }
        if (!reorder.probability().isZero()) {
            chain.add(reorder);
        }
        rate.ifPresent(r -> chain.add(new RateQueue(r, overhead, queueLimitPackets().getAsInt())));
        return List.copyOf(chain);
    }

    /** Collects typed settings; {@link #build()} validates them all. Not thread-safe. */
    public static final class Builder {
        private LossModel loss = LossModel.NONE;
        private Duration delay = Duration.ZERO;
        private Duration jitter = Duration.ZERO;
        private DelayDistribution distribution = DelayDistribution.UNIFORM;
        private boolean preserveOrder;
        private Percent reorder = Percent.ZERO;
        private int gap = 1;
        private Percent duplicate = Percent.ZERO;
        private Percent corrupt = Percent.ZERO;
        private CorruptMode corruptMode = CorruptMode.DELIVER;
        private DataRate rate;
        private ByteSize overhead = ByteSize.ZERO;
        private Integer limit;
        private boolean down;

        private Builder() {
        }

        /** {@code loss: 5%}: Bernoulli loss. */
        public Builder loss(Percent probability) {
            return loss(new BernoulliLoss(probability));
        }

        /** Any loss model: Bernoulli, Gilbert-Elliott or a pattern. */
        public Builder loss(LossModel model) {
            this.loss = Objects.requireNonNull(model, "loss");
            return this;
        }

        /** {@code delay: 20ms}. */
        public Builder delay(Duration value) {
            this.delay = value;
            return this;
        }

        /** {@code jitter: 5ms}. */
        public Builder jitter(Duration value) {
            this.jitter = value;
            return this;
        }

        /** {@code distribution: normal}. */
        public Builder distribution(DelayDistribution value) {
            this.distribution = value;
            return this;
        }

        /** {@code preserveOrder: true}. */
        public Builder preserveOrder(boolean value) {
            this.preserveOrder = value;
            return this;
        }

        /** {@code reorder: 10%}. */
        public Builder reorder(Percent value) {
            this.reorder = value;
            return this;
        }

        /** {@code gap: 5}. */
        public Builder gap(int packets) {
            this.gap = packets;
            return this;
        }

        /** {@code duplicate: 1%}. */
        public Builder duplicate(Percent value) {
            this.duplicate = value;
            return this;
        }

        /** {@code corrupt: 0.5%}. */
        public Builder corrupt(Percent value) {
            this.corrupt = value;
            return this;
        }

        /** {@code corruptMode: drop}. */
        public Builder corruptMode(CorruptMode value) {
            this.corruptMode = value;
            return this;
        }

        /** {@code rate: 2mbit}. */
        public Builder rate(DataRate value) {
            this.rate = value;
            return this;
        }

        /** {@code overhead: 14B}. */
        public Builder overhead(ByteSize value) {
            this.overhead = value;
            return this;
        }

        /** {@code limit: 100} packets. */
        public Builder limit(int packets) {
            this.limit = packets;
            return this;
        }

        /** {@code down: true}. */
        public Builder down(boolean value) {
            this.down = value;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException naming the first bad setting, its value and the allowed range
         */
        public LinkConfig build() {
            return new LinkConfig(loss, new Delay(delay, jitter, distribution, preserveOrder), new Reorder(reorder, gap),
                    new Duplicate(duplicate), new Corrupt(corrupt, corruptMode), Optional.ofNullable(rate), overhead,
                    limit == null ? OptionalInt.empty() : OptionalInt.of(limit), down);
        }
    }
}
