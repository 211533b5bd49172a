package dev.netlab.simulator.run;

import dev.netlab.core.engine.Theory;
import dev.netlab.core.scenario.Scenario;
import java.time.Duration;

/** How long a run waits for stragglers after its last message. */
final class Drain {

    /** TCP never loses a reply, it only delays it; this caps the wait for a link that stays down. */
    static final Duration TCP_EXTRA = Duration.ofSeconds(60);

    private Drain() {
    }

    /** The scenario's drain, but at least two worst-case round trips and half a second. */
    static Duration udp(Scenario s) {
        double roundTripNanos = Theory.meanDelayNanos(s.uplink().delay()) + Theory.meanDelayNanos(s.downlink().delay())
                + s.uplink().delay().jitter().toNanos() * 3.0 + s.downlink().delay().jitter().toNanos() * 3.0;
        Duration floor = Duration.ofNanos((long) (2 * roundTripNanos)).plusMillis(500);
        return s.drain().compareTo(floor) >= 0 ? s.drain() : floor;
    }

    /** UDP's drain plus time for TCP to finish retransmitting. */
    static Duration tcp(Scenario s) {
        return udp(s).plus(TCP_EXTRA);
    }
}
