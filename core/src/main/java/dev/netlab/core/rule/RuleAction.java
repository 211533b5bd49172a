package dev.netlab.core.rule;

import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** What a rule does to the datagrams it matches. */
public sealed interface RuleAction {

    /** The longest {@code delay=} and {@code hold=} limit: one hour, as for the link's delay. */
    Duration MAX_WAIT = Duration.ofHours(1);

    /**
     * The longest {@code hold=} limit: one minute. A held datagram keeps a timer and its flow's state
     * alive, and a UDP flow idle longer than this is usually closed anyway.
     */
    Duration MAX_HOLD = Duration.ofMinutes(1);

    /** How long a held datagram waits at most when no later datagram comes ({@code hold} without a limit). */
    Duration DEFAULT_HOLD_LIMIT = Duration.ofSeconds(1);

    /** The action as written in a rule, for example {@code delay=200ms}. */
    String text();

    /** {@code drop}: the datagram goes no further. */
    record Drop() implements RuleAction {
        @Override
        public String text() {
            return "drop";
        }
    }

    /**
     * {@code pass}: the datagram is delivered at once and untouched, spared every random impairment
     * (loss, delay, rate, duplicate, corrupt, reorder) and the link being down; for a flow's first
     * datagram, say, so a program's handshake survives a lossy link ({@code uplink index=1 pass}).
     */
    record Pass() implements RuleAction {
        @Override
        public String text() {
            return "pass";
        }
    }

    /**
     * {@code corrupt} or {@code corrupt=OFFSET}: one bit flipped, so at least one byte always changes.
     *
     * @param offset the byte whose lowest bit flips (0 is the first byte; past the end means the last
     *     byte); empty for a bit chosen from the seed, the flow and the datagram's index
     */
    record Corrupt(OptionalInt offset) implements RuleAction {
        /** Checks the offset is given and not negative. */
        public Corrupt {
            Objects.requireNonNull(offset, "offset");
            if (offset.isPresent() && offset.getAsInt() < 0) {
                throw new IllegalArgumentException("corrupt offset must be 0 or more: " + offset.getAsInt());
            }
        }

        @Override
        public String text() {
            return offset.isPresent() ? "corrupt=" + offset.getAsInt() : "corrupt";
        }
    }

    /** {@code duplicate}: a second copy follows the first; both then meet the random impairments. */
    record Duplicate() implements RuleAction {
        @Override
        public String text() {
            return "duplicate";
        }
    }

    /**
     * {@code delay=DURATION}: the datagram waits this long before the random impairments.
     *
     * @param delay between 0 and {@link #MAX_WAIT}
     */
    record Delay(Duration delay) implements RuleAction {
        /** Checks the delay is between 0 and one hour. */
        public Delay {
            requireWait("delay", delay);
        }

        @Override
        public String text() {
            return "delay=" + Durations.format(delay);
        }
    }

    /**
     * {@code hold} or {@code hold=LIMIT}: the datagram waits until the next datagram of its flow and
     * direction has passed the rules, then follows it (a deterministic reorder); if none comes within
     * the limit, it leaves at the limit.
     *
     * @param limit the longest wait, between 0 and {@link #MAX_HOLD}; {@link #DEFAULT_HOLD_LIMIT} by default
     */
    record Hold(Duration limit) implements RuleAction {
        /** Checks the limit is between 0 and one minute. */
        public Hold {
            Objects.requireNonNull(limit, "hold");
            if (limit.isNegative() || limit.compareTo(MAX_HOLD) > 0) {
                throw new IllegalArgumentException("hold must be between 0ms and 1m: " + limit);
            }
        }

        @Override
        public String text() {
            return limit.equals(DEFAULT_HOLD_LIMIT) ? "hold" : "hold=" + Durations.format(limit);
        }
    }

    private static void requireWait(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.compareTo(MAX_WAIT) > 0) {
            throw new IllegalArgumentException(name + " must be between 0ms and 1h: " + value);
        }
    }
}
