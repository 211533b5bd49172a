package dev.netlab.core.engine;

import dev.netlab.core.rule.RuleSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides the fate of every packet that passes the relay. Pure: no sockets, threads or clock;
 * the caller passes each packet's arrival time and gets release times back.
 *
 * <h2>Randomness</h2>
 * One seed per run. Each (flow, direction, model) draws from its own generator, seeded from
 * (seed, flow, direction, model name) alone, and each model draws a fixed number of values per
 * copy it sees (see each model). Hence: the same seed gives the same ledger; adding a flow never
 * changes another flow's fates; and the k-th packet of a flow and direction meets the same fate
 * in two runs, given the same earlier packets.
 *
 * <p>{@link #process(Packet, long)} draws instead from a stream fixed by (seed, flow, direction,
 * model, draw key): the packet's fate then depends on its key, not on how many packets came before
 * (stateful models still carry their state: the Gilbert-Elliott state, the rate queue, the reorder
 * gap count, preserveOrder's last release). {@link #process(Packet, DrawKey)} keys by a packet's place
 * in its stream and its transmission number, and then the counting models (Gilbert-Elliott, pattern,
 * reorder gap) advance only on first transmissions. The TCP emulation keys each transmission so, and
 * how many spurious retransmissions timing caused does not change the fates of other segments.
 *
 * <h2>Threads</h2>
 * {@link #process} may be called from several threads. Each (flow, direction) has its own
 * pipeline, created on first use in a concurrent map; relays should call one (flow, direction)
 * from one thread at a time, in arrival order (the pipeline is also locked, so a mistake costs
 * order, not state). The {@link LedgerSink} must be thread-safe. Counters are thread-safe.
 *
 * <h2>One link for every flow</h2>
 * A direction's rate queue is by default shared ({@link LinkShare#SHARED}): every flow's pipeline
 * holds the same queue stage, so flows wait in one FIFO for one rate and one flow's traffic delays
 * and drops another's, as on a real link. That is the one place flows meet: the other models keep
 * a stage and a stream per flow. Hence with a shared rate, "adding a flow never changes another
 * flow's fates" holds for every model but the queue. {@link #sharedQueue} counts its totals.
 *
 * <h2>Changing the link</h2>
 * {@link #setLink} applies to packets processed afterwards, in every flow (scenario phases such as
 * an outage from 4 s to 5 s). Stages whose settings did not change keep their state (Gilbert-Elliott
 * state, link busy time, reorder gap count); changed ones start fresh; every model keeps its
 * generator, continuing its stream.
 *
 * <h2>Rules</h2>
 * An engine made with a {@link RuleSet} asks the rules first (see {@code RuleHook}): a packet a rule
 * picks is dropped, corrupted, duplicated, delayed or held as the rule says, recorded with reason
 * {@code rule N ACTION} and counted in {@link #ruleHits()}; whatever copies remain then meet the random
 * chain. A held packet's fate is {@link Fate.Held}; its delivery comes from {@link #takeReleased}.
 */
public final class ImpairmentEngine {

    private final long seed;
    private final Recorder recorder;
    // Read on every packet, written rarely (scenario phases): volatile, no lock.
    private volatile LinkConfig uplink;
    private volatile LinkConfig downlink;
    private final ConcurrentHashMap<Long, Pipeline> pipelines = new ConcurrentHashMap<>();
    /** Null without rules: then every packet goes straight to the chain, as before rules existed. */
    private final RuleHook rules;
    private final SharedQueues[] sharedQueues;

    /**
     * An engine for one run.
     *
     * @param seed the run's seed
     * @param uplink what the link does client to server
     * @param downlink what the link does server to client
     * @param sink where every decision is written; {@link LedgerSink#NONE} to only count
     */
    public ImpairmentEngine(long seed, LinkConfig uplink, LinkConfig downlink, LedgerSink sink) {
        this(seed, uplink, downlink, sink, RuleSet.NONE);
    }

    /**
     * An engine for one run whose rules act before the random impairments.
     *
     * @param rules the targeted faults; {@link RuleSet#NONE} for none
     */
    public ImpairmentEngine(long seed, LinkConfig uplink, LinkConfig downlink, LedgerSink sink, RuleSet rules) {
        this(seed, uplink, downlink, sink, rules, new SharedLink(), 0);
    }

    /**
     * An engine whose shared rate queues are {@code link}'s, which other engines use too (UDP and TCP on
     * one link at once); {@link #sharedQueue} then counts every engine's packets.
     *
     * @param link      the shared link
     * @param zeroNanos where this engine's time zero is on {@code System.nanoTime()}: 0 when the caller gives
     *                  arrival times on that clock, the relay's start when it gives them from its start
     */
    public ImpairmentEngine(long seed, LinkConfig uplink, LinkConfig downlink, LedgerSink sink, RuleSet rules,
            SharedLink link, long zeroNanos) {
        this.sharedQueues = new SharedQueues[] {link.queues(Direction.UPLINK, zeroNanos),
                link.queues(Direction.DOWNLINK, zeroNanos)};
        this.seed = seed;
        this.recorder = new Recorder(Objects.requireNonNull(sink, "sink"));
        this.uplink = Objects.requireNonNull(uplink, "uplink");
        this.downlink = Objects.requireNonNull(downlink, "downlink");
        this.rules = Objects.requireNonNull(rules, "rules").isEmpty() ? null
                : new RuleHook(rules, seed, recorder, (p, starts, reason, key) ->
                        pipeline(p).process(link(p.direction()), p, starts, reason, key));
    }

    /**
     * Decides one packet's fate and records it.
     *
     * @param flow the packet's flow
     * @param direction which way it goes
     * @param index its index within its flow and direction, from 0, one more per packet
     * @param sizeBytes its size, what the rate model serialises
     * @param arrivalNanos when it entered the relay
     * @param payload its bytes; never modified
     * @return dropped with a reason, or delivered as one or two copies with release times
     */
    public Fate process(int flow, Direction direction, long index, int sizeBytes, long arrivalNanos, byte[] payload) {
        return process(new Packet(flow, direction, index, sizeBytes, arrivalNanos, payload));
    }

    /** Decides one packet's fate and records it; see {@link #process(int, Direction, long, int, long, byte[])}. */
    public Fate process(Packet packet) {
        return rules != null ? rules.process(packet, null) : processOutsideRules(packet);
    }

    /**
     * Decides one packet's fate without asking the rules, and without counting it in their indexes:
     * for packets the rules do not address (the emulated TCP handshake).
     */
    public Fate processOutsideRules(Packet packet) {
        LinkConfig config = link(packet.direction());
        if (config.isTransparent()) {
            recorder.log(packet, Copy.of(packet), Action.FORWARDED, 0, "");
            return new Fate.Delivered(List.of(new Delivery(packet.arrivalNanos(), packet.payload(), Set.of())));
        }
        return pipeline(packet).process(config, packet);
    }

    /**
     * Decides one packet's fate with draws keyed by {@code drawKey} (see "Randomness" above) and records it.
     *
     * @param drawKey any number; equal keys in the same flow and direction get equal draws
     */
    public Fate process(Packet packet, long drawKey) {
        if (rules != null) {
            return rules.process(packet, drawKey);
        }
        LinkConfig config = link(packet.direction());
        if (config.isTransparent()) {
            return process(packet);
        }
        return pipeline(packet).process(config, packet, drawKey, null);
    }

    /**
     * Decides one packet's fate with draws keyed by its place in the stream and its transmission number
     * and records it. Draws as {@link #process(Packet, long)} does; besides, stateful models advance
     * only on first transmissions (see {@link DrawKey}), so how many retransmissions timing inserted
     * changes no other packet's fate.
     *
     * @param key the packet's place and transmission number
     */
    public Fate process(Packet packet, DrawKey key) {
        LinkConfig config = link(packet.direction());
        if (config.isTransparent()) {
            return process(packet);
        }
        return pipeline(packet).process(config, packet, key.mixed(), key);
    }

    private Pipeline pipeline(Packet packet) {
        long key = ((long) packet.flow() << 1) | packet.direction().ordinal();
        return pipelines.computeIfAbsent(key, k -> new Pipeline(seed, packet.flow(), packet.direction(), recorder,
                sharedQueues[packet.direction().ordinal()]));
    }

    /**
     * Changes what the link does in one direction, for packets processed from now on.
     *
     * @param direction which direction
     * @param config the new behaviour
     */
    public void setLink(Direction direction, LinkConfig config) {
        Objects.requireNonNull(config, "config");
        if (direction == Direction.UPLINK) {
            uplink = config;
        } else {
            downlink = config;
        }
    }

    /** What the link currently does in one direction. */
    public LinkConfig link(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }

    /**
     * Forgets one flow's state in both directions (its stages' generators, Gilbert-Elliott state,
     * the link's busy time), when the relay closes the flow's mapping or connection: without it a
     * proxy that serves many clients over time keeps every one's state for good. Counts and the
     * ledger are kept. Flow numbers are not reused, so a later flow never meets this one's state.
     */
    public void release(int flow) {
        if (rules != null) {
            rules.release(flow); // before the pipelines: a held packet is recorded on the way out
        }
        for (Direction direction : Direction.values()) {
            pipelines.remove(((long) flow << 1) | direction.ordinal());
        }
    }

    /**
     * Held packets of one flow and direction that leave now: the one the last packet let go (it passed
     * the rules), and one whose hold limit has come by {@code nowNanos}. A relay calls this after every
     * packet it processed and at the {@link Fate.Held#untilNanos} of every held one; without rules it is
     * always empty.
     *
     * @param nowNanos the time on the engine's clock
     */
    public List<HeldRelease> takeReleased(int flow, Direction direction, long nowNanos) {
        return rules == null ? List.of() : rules.takeReleased(flow, direction, nowNanos);
    }

    /** The engine's rules; {@link RuleSet#NONE} when it has none. */
    public RuleSet rules() {
        return rules == null ? RuleSet.NONE : rules.rules();
    }

    /**
     * How many packets {@code drop} rules dropped so far in one direction: part of the
     * {@link Action#DROPPED} count, which also holds the loss models' drops.
     */
    public long ruleDrops(Direction direction) {
        return rules == null ? 0 : rules.drops(direction);
    }

    /** How many packets each rule picked so far, rule 1 first; empty without rules. */
    public List<Long> ruleHits() {
        return rules == null ? List.of() : rules.hits();
    }

    /** How many (flow, direction) pairs hold state now: what {@link #release} frees. */
    public int flowsHeld() {
        return pipelines.size();
    }

    /**
     * What the shared rate queue of one direction took and tail-dropped so far, counted by the queue
     * ({@code share: shared}), with the packets of every engine sharing its {@link SharedLink};
     * {@link QueueTotals#NONE} without one. The ledger's queue drops of that
     * direction, each under its flow, sum to its {@code dropped}.
     */
    public QueueTotals sharedQueue(Direction direction) {
        return sharedQueues[direction.ordinal()].totals();
    }

    /** A snapshot of how often each action happened, per direction. */
    public LedgerCounters counters() {
        return recorder.snapshot();
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }
}
