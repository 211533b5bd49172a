package dev.netlab.core.rule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which datagrams of a flow and direction a rule picks by their index: 1 is the first datagram that
 * reached the relay. Written {@code 1,3,5-7}.
 *
 * @param ranges inclusive ranges, each with 1 &lt;= from &lt;= to
 */
public record IndexSet(List<Range> ranges) {

    /**
     * One inclusive range of indexes.
     *
     * @param from the first index, 1 or more
     * @param to   the last index, {@code from} or more
     */
    public record Range(long from, long to) {
        /** Checks 1 &lt;= from &lt;= to. */
        public Range {
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("an index range needs 1 <= from <= to: " + from + "-" + to);
            }
        }

        @Override
        public String toString() {
            return from == to ? Long.toString(from) : from + "-" + to;
        }
    }

    /** Copies the ranges and checks there is at least one. */
    public IndexSet {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("an index set needs at least one index");
        }
    }

    /** Whether the 1-based index is in one of the ranges. */
    public boolean contains(long index) {
        for (Range r : ranges) {
            if (index >= r.from && index <= r.to) {
                return true;
            }
        }
        return false;
    }

    /** The highest index picked: after it the rule never matches again in that flow. */
    public long last() {
        return ranges.stream().mapToLong(Range::to).max().orElseThrow();
    }

    @Override
    public String toString() {
        return ranges.stream().map(Range::toString).collect(Collectors.joining(","));
    }
}
