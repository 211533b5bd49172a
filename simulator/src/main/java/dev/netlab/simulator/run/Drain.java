package dev.netlab.simulator.run;

import dev.netlab.core.result.RunWaits;
import dev.netlab.core.scenario.Scenario;
import java.time.Duration;

/** How long a run waits for stragglers after its last message: {@link RunWaits}, named once in core. */
final class Drain {

    private Drain() {
    }

    /** The scenario's drain, but at least two worst-case round trips and half a second. */
    static Duration udp(Scenario s) {
        return RunWaits.udp(s);
    }

    /** UDP's drain plus time for TCP to finish retransmitting: the TCP wait cap. */
    static Duration tcp(Scenario s) {
        return RunWaits.tcp(s);
    }
}
