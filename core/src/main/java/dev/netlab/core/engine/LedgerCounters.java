package dev.netlab.core.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many times each action happened, per direction: a snapshot, taken with
 * {@link ImpairmentEngine#counters()}.
 *
 * @param uplink counts for client-to-server packets, every action present
 * @param downlink counts for server-to-client packets, every action present
 */
public record LedgerCounters(Map<Action, Long> uplink, Map<Action, Long> downlink) {

    /** Copies the maps so the snapshot stays as it was. */
    public LedgerCounters {
        uplink = Map.copyOf(uplink);
        downlink = Map.copyOf(downlink);
    }

    /** The count of one action in one direction. */
    public long count(Direction direction, Action action) {
        return (direction == Direction.UPLINK ? uplink : downlink).getOrDefault(action, 0L);
    }

    /** The count of one action in both directions. */
    public long total(Action action) {
        return count(Direction.UPLINK, action) + count(Direction.DOWNLINK, action);
    }

    /** Live, thread-safe counters behind the snapshots. */
    static final class Live {
        private final LongAdder[][] adders = new LongAdder[Direction.values().length][Action.values().length];

        Live() {
            for (LongAdder[] row : adders) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = new LongAdder();
                }
            }
        }

        void increment(Direction direction, Action action) {
            adders[direction.ordinal()][action.ordinal()].increment();
        }

        LedgerCounters snapshot() {
            return new LedgerCounters(row(Direction.UPLINK), row(Direction.DOWNLINK));
        }

        private Map<Action, Long> row(Direction direction) {
            Map<Action, Long> counts = new EnumMap<>(Action.class);
            for (Action action : Action.values()) {
                counts.put(action, adders[direction.ordinal()][action.ordinal()].sum());
            }
            return counts;
        }
    }
}
