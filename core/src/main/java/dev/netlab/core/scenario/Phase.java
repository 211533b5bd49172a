package dev.netlab.core.scenario;

import dev.netlab.core.engine.LinkConfig;
import java.time.Duration;
import java.util.Map;

/**
 * A stretch of the run during which the link behaves differently, for example an outage from
 * 4 s to 5 s. Outside every phase the scenario's own link applies.
 *
 * @param name             a short name for reports, for example {@code outage}
 * @param from             when it starts, from the start of the run
 * @param to               when it ends, after {@code from}
 * @param uplinkSettings   the link's settings during the phase, client to server (base merged with the phase's)
 * @param downlinkSettings the same, server to client
 * @param uplink           built from {@code uplinkSettings}
 * @param downlink         built from {@code downlinkSettings}
 */
public record Phase(String name, Duration from, Duration to, Map<String, String> uplinkSettings,
        Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink) {

    public Phase {
        uplinkSettings = Map.copyOf(uplinkSettings);
        downlinkSettings = Map.copyOf(downlinkSettings);
        if (to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("a phase must end after it starts: from " + from + " to " + to);
        }
    }
}
