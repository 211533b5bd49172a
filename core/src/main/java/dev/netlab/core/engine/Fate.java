package dev.netlab.core.engine;

import java.util.List;
import java.util.Objects;

/**
 * What the engine decided for one packet: dropped, delivered as one or more copies, or held by a
 * {@code hold} rule (only with rules; see {@link ImpairmentEngine#takeReleased}).
 */
public sealed interface Fate {

    /**
     * No copy of the packet leaves the relay.
     *
     * @param reason why; when a duplicated packet loses both copies, the original's reason
     */
    record Dropped(DropReason reason) implements Fate {
        /** Checks the reason is given. */
        public Dropped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * At least one copy leaves the relay.
     *
     * @param deliveries the copies, the original (if it survived) first
     */
    record Delivered(List<Delivery> deliveries) implements Fate {
        /** Checks there is at least one delivery and copies the list. */
        public Delivered {
            deliveries = List.copyOf(deliveries);
            if (deliveries.isEmpty()) {
                throw new IllegalArgumentException("a delivered fate needs at least one delivery");
            }
        }

        /** The first copy, usually the only one. */
        public Delivery first() {
            return deliveries.get(0);
        }
    }

    /**
     * A {@code hold} rule keeps the packet until the next packet of its flow and direction has passed
     * the rules, or until {@code untilNanos}; its delivery then comes from
     * {@link ImpairmentEngine#takeReleased}, which a relay calls after every packet and at {@code untilNanos}.
     *
     * @param untilNanos when it leaves at the latest, on the engine's clock
     */
    record Held(long untilNanos) implements Fate {
    }
}
