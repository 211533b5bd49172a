package dev.netlab.core.result;

import dev.netlab.core.engine.Theory;
import dev.netlab.core.scenario.Scenario;
import java.time.Duration;

/**
 * How long a run waits for replies after its last message (docs/reliability.md, "Durations"):
 * the runner waits this long, and the reporter uses the same figures to tell a message still in
 * flight from a lost one when it rebuilds the summary of an interrupted run.
 */
public final class RunWaits {

    /**
     * What TCP adds to UDP's drain: TCP never loses a reply, it only delays it; this caps the wait
     * for a link that stays down. Messages still unanswered then were not delivered before the run
     * ended: they count as in flight, not lost.
     */
    public static final Duration TCP_EXTRA = Duration.ofSeconds(60);

    private RunWaits() {
    }

    /** The scenario's drain, but at least two worst-case round trips and half a second. */
    public static Duration udp(Scenario s) {
        double roundTripNanos = Theory.meanDelayNanos(s.uplink().delay()) + Theory.meanDelayNanos(s.downlink().delay())
                + s.uplink().delay().jitter().toNanos() * 3.0 + s.downlink().delay().jitter().toNanos() * 3.0;
        Duration floor = Duration.ofNanos((long) (2 * roundTripNanos)).plusMillis(500);
        return s.drain().compareTo(floor) >= 0 ? s.drain() : floor;
    }

    /** TCP's wait cap: UDP's drain plus {@link #TCP_EXTRA} for TCP to finish retransmitting. */
    public static Duration tcp(Scenario s) {
        return udp(s).plus(TCP_EXTRA);
    }
}
