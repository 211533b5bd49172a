package dev.netlab.simulator.net;

import dev.netlab.core.engine.Direction;
import java.util.function.Supplier;

/**
 * A relay's counters for each direction, found by the engine's {@link Direction}: what a relay
 * counts per direction (datagrams, bytes) is the type parameter, what it counts in total the
 * subclass.
 *
 * @param <D> the counters of one direction
 */
public abstract class PerDirection<D> {

    private final D uplink;
    private final D downlink;

    /** Makes the counters of both directions. */
    protected PerDirection(Supplier<D> counters) {
        this.uplink = counters.get();
        this.downlink = counters.get();
    }

    /** Client to server. */
    public final D uplink() {
        return uplink;
    }

    /** Server to client. */
    public final D downlink() {
        return downlink;
    }

    /** The counters of {@code direction}. */
    public final D of(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }
}
