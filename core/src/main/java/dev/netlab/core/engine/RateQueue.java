package dev.netlab.core.engine;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code rate: 2mbit, overhead: 14B, limit: 100}: a link of this rate with a FIFO queue in front.
 * A copy reaches the queue at its time after the delay, starts when the link is free
 * ({@code max(its time, busy-until)}) and is released when its last bit, {@code size + overhead}
 * bytes in all, is out. The queue holds at most {@code limit} packets waiting or being sent;
 * a copy arriving to a full queue is tail-dropped ({@link DropReason#QUEUE_FULL}) and counted.
 * Packets leave in the order they reached the link, so jitter before a rate cannot reorder. As in
 * netem, a copy picked by reorder skips the queue and the link and goes out at once. Draws nothing.
 *
 * <p>The queue models the router buffer only; packets still in the delay line do not count
 * (netem counts them, which is why its silent default of 1000 drops on long fat links).
 * Default limit: {@link #defaultLimitPackets}.
 *
 * <p>With {@code share: shared} (default) every flow of the direction waits in this one queue for
 * this one rate, as on a real link: the engine hands all flows the same stage ({@link SharedQueues}),
 * the queue serves copies in the order they reach it whatever their flow, and a tail drop is written
 * to the ledger under the flow whose copy it was. With {@code share: per-flow} each flow has a link
 * and queue of its own at the full rate, as a per-connection shaper does.
 *
 * @param rate the link rate
 * @param overhead bytes added to every packet on the wire (for example 14B of Ethernet header); default 0B, at most 64KB
 * @param limitPackets the queue limit in packets, 1 to {@value #MAX_LIMIT}
 * @param share who waits in the queue: every flow of the direction ({@code shared}, default) or each flow alone
 */
public record RateQueue(DataRate rate, ByteSize overhead, int limitPackets, LinkShare share) implements Impairment {

    /** Largest queue limit accepted. */
    public static final int MAX_LIMIT = 10_000_000;

    /** The smallest default queue, so short or slow links still absorb a burst. */
    public static final int MIN_DEFAULT_LIMIT = 64;

    /** The packet size the default limit assumes: a full Ethernet frame's payload. */
    public static final int FULL_PACKET_BYTES = 1500;

    private static final long MAX_OVERHEAD_BYTES = 65_535;

    /** Its keys, parsing and place in the chain: last, after reorder. */
    public static final ImpairmentDescriptor<Settings> DESCRIPTOR = new Descriptor();

    /** Checks the rate is given, the overhead between 0B and 65535B and the limit between 1 and {@value #MAX_LIMIT}. */
    public RateQueue {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(overhead, "overhead");
        if (overhead.bytes() > MAX_OVERHEAD_BYTES) {
            throw new IllegalArgumentException("overhead must be between 0B and " + MAX_OVERHEAD_BYTES + "B: " + overhead);
        }
        if (limitPackets < 1 || limitPackets > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " packets: " + limitPackets);
        }
    }

    /** A queue shared by every flow of the direction. */
    public RateQueue(DataRate rate, ByteSize overhead, int limitPackets) {
        this(rate, overhead, limitPackets, LinkShare.SHARED);
    }

    /**
     * The default queue limit: the bandwidth-delay product {@code rate × (delay + jitter)} in
     * full-size ({@value #FULL_PACKET_BYTES}-byte) packets, the classic router-buffer rule, but
     * never fewer than {@value #MIN_DEFAULT_LIMIT} packets.
     */
    public static int defaultLimitPackets(DataRate rate, Delay delay) {
        double seconds = (delay.delay().toNanos() + delay.jitter().toNanos()) / 1e9;
        double packets = Math.ceil(rate.bitsPerSecond() * seconds / (8.0 * FULL_PACKET_BYTES));
        return (int) Math.min(MAX_LIMIT, Math.max(MIN_DEFAULT_LIMIT, packets));
    }

    @Override
    public String name() {
        return "rate";
    }

    /** A link and queue of its own, for one flow and direction; a shared queue comes from the engine instead. */
    @Override
    public Stage newStage(RandomGenerator random) {
        return new QueueLink(rate, overhead.bytes(), limitPackets);
    }

    /** Whether every flow of a direction waits in one queue for this link (the default) rather than one each. */
    public boolean shared() {
        return share == LinkShare.SHARED;
    }

    /**
     * The rate keys as a link holds them; checked against the delay (for the default limit) when the link is built.
     *
     * @param rate         the link rate; default unlimited (empty)
     * @param overhead     bytes added to each packet when serialising; default 0B. Used only with a rate.
     * @param limitPackets the queue limit in packets; default {@link #defaultLimitPackets}. Needs a rate.
     * @param share        who shares the link's queue; default {@link LinkShare#SHARED}. Used only with a rate.
     */
    public record Settings(Optional<DataRate> rate, ByteSize overhead, OptionalInt limitPackets, LinkShare share) {

        /** No rate limit. */
        public static final Settings NONE = new Settings(Optional.empty(), ByteSize.ZERO, OptionalInt.empty());

        /** Checks each part is given; ranges are checked with the rest of the link. */
        public Settings {
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(overhead, "overhead");
            Objects.requireNonNull(limitPackets, "limitPackets");
            Objects.requireNonNull(share, "share");
        }

        /** Settings whose queue is shared by every flow (the default). */
        public Settings(Optional<DataRate> rate, ByteSize overhead, OptionalInt limitPackets) {
            this(rate, overhead, limitPackets, LinkShare.SHARED);
        }
    }

    private static final class Descriptor implements ImpairmentDescriptor<Settings> {
        private static final SettingKey<DataRate> RATE = SettingKey.rate("rate", "link rate, for example 2mbit or 500kbit",
                "unlimited");
        private static final SettingKey<ByteSize> OVERHEAD = SettingKey.bytes("overhead",
                "bytes added to each packet on the rated link, for example 28B", "0B");
        private static final SettingKey<Integer> LIMIT = SettingKey.packets("limit",
                "queue limit in packets for the rated link (default: fits rate x delay)", "fits rate × delay, at least 64");
        private static final SettingKey<LinkShare> SHARE = SettingKey.named("share",
                "who shares the rated link's queue: shared (every flow, one queue) or per-flow", "shared",
                LinkShare::parse, LinkShare::label);

        @Override
        public String name() {
            return "rate";
        }

        @Override
        public List<SettingKey<?>> keys() {
            return List.of(RATE, OVERHEAD, LIMIT, SHARE);
        }

        @Override
        public Settings off() {
            return Settings.NONE;
        }

        @Override
        public Settings settings(SettingValues values) {
            return new Settings(values.get(RATE), values.get(OVERHEAD).orElse(ByteSize.ZERO),
                    values.get(LIMIT).map(OptionalInt::of).orElse(OptionalInt.empty()),
                    values.get(SHARE).orElse(LinkShare.SHARED));
        }

        @Override
        public void print(Settings settings, Map<String, String> out) {
            settings.rate().ifPresent(rate -> out.put(RATE.name(), RATE.print(rate)));
            if (settings.overhead().bytes() != 0) {
                out.put(OVERHEAD.name(), OVERHEAD.print(settings.overhead()));
            }
            settings.limitPackets().ifPresent(limit -> out.put(LIMIT.name(), LIMIT.print(limit)));
            if (settings.share() != LinkShare.SHARED) {
                out.put(SHARE.name(), SHARE.print(settings.share()));
            }
        }

        @Override
        public boolean acts(Settings settings) {
            return settings.rate().isPresent();
        }

        @Override
        public void check(Settings settings, LinkConfig link) {
            if (settings.limitPackets().isPresent() && settings.rate().isEmpty()) {
                throw new IllegalArgumentException("limit " + settings.limitPackets().getAsInt() + " packets needs a rate:"
                        + " the queue fills only while packets wait for the link; add for example rate: 10mbit");
            }
            if (settings.share() != LinkShare.SHARED && settings.rate().isEmpty()) {
                throw new IllegalArgumentException("share " + settings.share().label() + " needs a rate:"
                        + " only a rated link has a queue to share; add for example rate: 10mbit");
            }
            // Build the stage once so a bad limit or overhead fails here, naming the setting.
            settings.rate().ifPresent(r -> impairment(settings, link));
        }

        @Override
        public Impairment impairment(Settings settings, LinkConfig link) {
            return new RateQueue(settings.rate().orElseThrow(), settings.overhead(), link.queueLimitPackets().getAsInt(),
                    settings.share());
        }
    }
}
