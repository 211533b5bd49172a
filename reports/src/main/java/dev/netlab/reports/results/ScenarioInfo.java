package dev.netlab.reports.results;

import dev.netlab.core.theory.Expectation;
import java.util.List;
import java.util.Map;

/**
 * The scenario a run used, as {@code summary.json} describes it.
 *
 * @param name        for example {@code lossy-wifi}
 * @param description one line for people; may be empty
 * @param seed        the seed every random draw came from
 * @param profile     the traffic profile, for example {@code voip}
 * @param clients     how many clients ran at once
 * @param durationMs  how long each transport ran
 * @param deadlineMs  the profile's round-trip deadline; NaN when it has none
 * @param uplink      the uplink settings as written, for example {@code loss → 2%}
 * @param downlink    the downlink settings as written
 * @param phases      stretches with other settings, in time order
 * @param expected    what the settings predict (summary.json's {@code theory})
 */
public record ScenarioInfo(String name, String description, long seed, String profile, int clients, double durationMs,
        double deadlineMs, Map<String, String> uplink, Map<String, String> downlink, List<PhaseSpan> phases, Expectation expected) {

    /** Copies the collections, keeping the settings in the order they were written. */
    public ScenarioInfo {
        uplink = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uplink));
        downlink = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(downlink));
        phases = List.copyOf(phases);
    }

    /** Whether the profile has a deadline. */
    public boolean hasDeadline() {
        return !Double.isNaN(deadlineMs);
    }
}
