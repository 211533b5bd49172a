package dev.netlab.core.rule;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One targeted fault: which datagrams it picks and what it does to them. Every condition given must
 * hold; a condition left out picks every datagram.
 *
 * @param number     its place in its {@link RuleSet}, from 1; the ledger's reason says {@code rule N}
 * @param directions the directions it looks at (both when the rule names none)
 * @param indexes    the 1-based indexes it picks in each flow and direction; empty for any
 * @param after      picks only datagrams arriving at least this long after the flow's first datagram
 * @param before     picks only datagrams arriving less than this long after the flow's first datagram
 * @param payload    picks only datagrams whose bytes match; empty for any
 * @param times      acts on at most this many datagrams of each flow, the first it picks; empty for no limit
 * @param action     what it does to a picked datagram
 */
public record Rule(int number, Set<Direction> directions, Optional<IndexSet> indexes, Optional<Duration> after,
        Optional<Duration> before, Optional<PayloadMatch> payload, OptionalLong times, RuleAction action) {

    /** Checks every part is given, the number is 1 or more and the window is not empty. */
    public Rule {
        if (number < 1) {
            throw new IllegalArgumentException("rule number must be 1 or more: " + number);
        }
        directions = Set.copyOf(Objects.requireNonNull(directions, "directions"));
        if (directions.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one direction");
        }
        Objects.requireNonNull(indexes, "indexes");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(times, "times");
        if (times.isPresent() && times.getAsLong() < 1) {
            throw new IllegalArgumentException("times must be 1 or more: " + times.getAsLong());
        }
        Objects.requireNonNull(action, "action");
        if (after.isPresent() && before.isPresent() && before.get().compareTo(after.get()) <= 0) {
            throw new IllegalArgumentException("before must be later than after: after=" + Durations.format(after.get())
                    + " before=" + Durations.format(before.get()));
        }
    }

    /** A rule for every datagram in both directions: add conditions with the record's constructor. */
    public static Rule every(int number, RuleAction action) {
        return new Rule(number, EnumSet.allOf(Direction.class), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty(), action);
    }

    /**
     * Whether this rule's conditions hold for a datagram ({@code times} is counted per flow by {@link FlowRules}).
     *
     * @param direction      which way it goes
     * @param index          its index in its flow and direction, from 1
     * @param sinceStartNanos how long after the flow's first datagram it arrived
     * @param bytes          its payload
     */
    public boolean matches(Direction direction, long index, long sinceStartNanos, byte[] bytes) {
        return directions.contains(direction)
                && (indexes.isEmpty() || indexes.get().contains(index))
                && (after.isEmpty() || sinceStartNanos >= after.get().toNanos())
                && (before.isEmpty() || sinceStartNanos < before.get().toNanos())
                && (payload.isEmpty() || payload.get().matches(bytes));
    }

    /** The same rule with another number, for joining rule sets. */
    public Rule numbered(int newNumber) {
        return new Rule(newNumber, directions, indexes, after, before, payload, times, action);
    }

    /** The ledger's reason for a datagram this rule acted on, for example {@code rule 2 drop}. */
    public String reason() {
        return "rule " + number + " " + action.text();
    }

    /** The rule in the syntax {@link RuleSet#parse} reads, for example {@code uplink index=1 drop}. */
    public String text() {
        StringJoiner out = new StringJoiner(" ");
        if (directions.size() == 1) {
            out.add(directions.iterator().next().label());
        }
        indexes.ifPresent(i -> out.add("index=" + i));
        after.ifPresent(d -> out.add("after=" + Durations.format(d)));
        before.ifPresent(d -> out.add("before=" + Durations.format(d)));
        payload.ifPresent(p -> out.add(p.text()));
        times.ifPresent(n -> out.add("times=" + n));
        out.add(action.text());
        return out.toString();
    }
}
