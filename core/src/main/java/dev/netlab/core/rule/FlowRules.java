package dev.netlab.core.rule;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Packet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One flow's rule state, kept by the impairment engine from the flow's first datagram until the
 * relay releases the flow: the index of each direction (1 for the first datagram that reaches the
 * relay), how often each rule with {@code times=} has acted, the flow's start (its first datagram in either direction, which {@code after=} and
 * {@code before=} count from) and, per direction, at most one held datagram. Thread-safe: the two
 * directions may be handled on different threads.
 *
 * <p>Holding: a datagram a {@code hold} rule picks waits until the next datagram of its flow and
 * direction has been looked at by the rules and not held itself; it then leaves right after that
 * one. If another {@code hold} picks that next datagram, the waiting one leaves (the new one counts
 * as its next) and the new one waits: one datagram per direction waits at a time. If none comes,
 * it leaves at its hold limit; if the flow is released first, the engine records it as dropped.
 */
public final class FlowRules {

    /**
     * A rule picked a datagram.
     *
     * @param rule  the first rule that picks it
     * @param index the datagram's index in its flow and direction, from 1
     */
    public record Match(Rule rule, long index) {
        /** Checks the rule is given. */
        public Match {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * A datagram waiting for the next one of its flow and direction.
     *
     * @param packet       the datagram
     * @param rule         the hold rule that picked it
     * @param untilNanos   when it leaves at the latest: its arrival plus the rule's limit
     * @param drawKey      the draw key it came with, for the random impairments it meets when it leaves
     */
    public record Held(Packet packet, Rule rule, long untilNanos, OptionalLong drawKey) {
    }

    private final RuleSet rules;
    private final long seed;
    private final int flow;
    private final long[] counts = new long[Direction.values().length];
    private final Held[] held = new Held[Direction.values().length];
    private final long[] acted;
    private long startNanos;
    private boolean started;

    FlowRules(RuleSet rules, long seed, int flow) {
        this.rules = rules;
        this.seed = seed;
        this.flow = flow;
        this.acted = new long[rules.size()];
    }

    /**
     * Counts one datagram of the flow and asks the rules about it, in order.
     *
     * @return the first rule that picks it, with its 1-based index; empty when none does
     */
    public synchronized Optional<Match> match(Packet packet) {
        if (!started) {
            started = true;
            startNanos = packet.arrivalNanos();
        }
        long index = ++counts[packet.direction().ordinal()];
        long since = packet.arrivalNanos() - startNanos;
        for (Rule rule : rules.rules()) {
            boolean spent = rule.times().isPresent() && acted[rule.number() - 1] >= rule.times().getAsLong();
            if (!spent && rule.matches(packet.direction(), index, since, packet.payload())) {
                acted[rule.number() - 1]++;
                return Optional.of(new Match(rule, index));
            }
        }
        return Optional.empty();
    }

    /**
     * Keeps a datagram a hold rule picked.
     *
     * @return the datagram that was waiting in that direction, which leaves now; empty if none was
     */
    public synchronized Optional<Held> hold(Packet packet, Rule rule, OptionalLong drawKey) {
        if (!(rule.action() instanceof RuleAction.Hold hold)) {
            throw new IllegalArgumentException("rule " + rule.number() + " does not hold: " + rule.text());
        }
        Optional<Held> before = take(packet.direction());
        long until = packet.arrivalNanos() + hold.limit().toNanos();
        held[packet.direction().ordinal()] = new Held(packet, rule, until, drawKey);
        return before;
    }

    /** The datagram waiting in a direction, which leaves now because another datagram passed; empty if none. */
    public synchronized Optional<Held> passed(Direction direction) {
        return take(direction);
    }

    /** The datagram waiting in a direction if its limit has come by {@code nowNanos}; empty otherwise. */
    public synchronized Optional<Held> expired(Direction direction, long nowNanos) {
        Held waiting = held[direction.ordinal()];
        return waiting != null && waiting.untilNanos() - nowNanos <= 0 ? take(direction) : Optional.empty();
    }

    /** Whether a datagram waits in a direction. */
    public synchronized boolean holding(Direction direction) {
        return held[direction.ordinal()] != null;
    }

    /** When the datagram waiting in a direction leaves at the latest; {@link Long#MAX_VALUE} when none waits. */
    public synchronized long heldUntil(Direction direction) {
        Held waiting = held[direction.ordinal()];
        return waiting == null ? Long.MAX_VALUE : waiting.untilNanos();
    }

    private Optional<Held> take(Direction direction) {
        Held waiting = held[direction.ordinal()];
        held[direction.ordinal()] = null;
        return Optional.ofNullable(waiting);
    }

    /**
     * The payload a {@code corrupt} rule makes of a datagram: a new array with one bit flipped, so at
     * least one byte differs; the bit is the lowest of the given offset's byte (the last byte when the
     * offset is past the end), or one drawn from (seed, flow, direction, index) alone. Empty for an
     * empty payload, which has no bit to flip.
     */
    public Optional<byte[]> corrupt(RuleAction.Corrupt action, Packet packet, long index) {
        byte[] payload = packet.payload();
        if (payload.length == 0) {
            return Optional.empty();
        }
        byte[] damaged = payload.clone();
        if (action.offset().isPresent()) {
            damaged[Math.min(action.offset().getAsInt(), damaged.length - 1)] ^= 1;
        } else {
            long draw = mix(mix(mix(seed) ^ flow) ^ (index * 2 + packet.direction().ordinal()));
            long bit = Long.remainderUnsigned(draw, damaged.length * 8L);
            damaged[(int) (bit >>> 3)] ^= (byte) (1 << (bit & 7));
        }
        return Optional.of(damaged);
    }

    /** SplitMix64's finaliser: scatters every input bit, so neighbouring indexes flip unrelated bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
