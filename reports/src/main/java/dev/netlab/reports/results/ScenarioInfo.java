package dev.netlab.reports.results;

import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.Expectation;
import java.util.Collections;
import java.util.EnumMap;
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
 * @param concurrent  empty when the transports ran in turn, each with the traffic above; otherwise each
 *                    transport's own traffic, the transports having crossed one link at once (the
 *                    traffic above is then the first transport's)
 */
public record ScenarioInfo(String name, String description, long seed, String profile, int clients, double durationMs,
        double deadlineMs, Map<String, String> uplink, Map<String, String> downlink, List<PhaseSpan> phases, Expectation expected,
        Map<Transport, TrafficInfo> concurrent) {

    /** Copies the collections, keeping the settings in the order they were written. */
    public ScenarioInfo {
        uplink = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uplink));
        downlink = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(downlink));
        phases = List.copyOf(phases);
        concurrent = concurrent.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(concurrent));
    }

    /** The scenario of a run whose transports ran in turn. */
    public ScenarioInfo(String name, String description, long seed, String profile, int clients, double durationMs,
            double deadlineMs, Map<String, String> uplink, Map<String, String> downlink, List<PhaseSpan> phases,
            Expectation expected) {
        this(name, description, seed, profile, clients, durationMs, deadlineMs, uplink, downlink, phases, expected, Map.of());
    }

    /** Whether the transports crossed one link at once, each with its own traffic. */
    public boolean isConcurrent() {
        return !concurrent.isEmpty();
    }

    /**
     * Whether UDP's packets waited in a rate queue that TCP's filled at the same time (a concurrent run over a
     * link with a {@code rate}): then no theory predicts UDP's delivery, as {@code ScenarioTheory.udpSharesQueueWithTcp}
     * says of the scenario. A rate set only in a phase is not in these settings and is missed; the theory line
     * then still says the split is not in it.
     */
    public boolean udpSharesQueueWithTcp() {
        return isConcurrent() && (uplink.containsKey("rate") || downlink.containsKey("rate"));
    }

    /** What {@code transport}'s clients sent: its own traffic in a concurrent run, else the scenario's. */
    public TrafficInfo traffic(Transport transport) {
        return concurrent.getOrDefault(transport, new TrafficInfo(profile, clients, durationMs, deadlineMs));
    }

    /** "all 3 clients", or in a concurrent run "UDP's 1 client and TCP's 2 clients": for charts' captions. */
    public String clientWords() {
        if (!isConcurrent()) {
            return "all " + clients + (clients == 1 ? " client" : " clients");
        }
        return String.join(" and ", concurrent.entrySet().stream().map(e -> e.getKey().name() + "'s "
                + e.getValue().clients() + (e.getValue().clients() == 1 ? " client" : " clients")).toList());
    }

    /**
     * Whose deadline {@link #deadlineMs} is, for its label: empty for a run in turn (every transport's), in a
     * concurrent run the transports with that deadline, for example {@code "UDP's "}.
     */
    public String deadlineOwner() {
        if (!isConcurrent()) {
            return "";
        }
        List<String> owners = concurrent.entrySet().stream().filter(e -> Double.compare(e.getValue().deadlineMs(),
                deadlineMs) == 0).map(e -> e.getKey().name()).toList();
        return owners.size() == concurrent.size() ? "" : String.join(" and ", owners) + "'s ";
    }

    /** The most clients any transport had: the number of series a per-client chart draws per transport at most. */
    public int mostClients() {
        return concurrent.values().stream().mapToInt(TrafficInfo::clients).max().orElse(clients);
    }

    /** Whether the profile has a deadline. */
    public boolean hasDeadline() {
        return !Double.isNaN(deadlineMs);
    }
}
