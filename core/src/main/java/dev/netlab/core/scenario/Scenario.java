package dev.netlab.core.scenario;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.traffic.Traffic;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lab scenario with every default resolved: what the clients send, what the link does in each
 * direction and when, which transports run, and how TCP is emulated. Read one with
 * {@link ScenarioLoader}; the file format is in {@code docs/scenarios.md}.
 *
 * @param name             a short name, for example {@code lossy-wifi}
 * @param description      what a student should observe
 * @param seed             decides every random draw of the run
 * @param traffic          the clients' messages
 * @param uplinkSettings   the link client to server, as settings
 * @param downlinkSettings the link server to client, as settings
 * @param uplink           built from {@code uplinkSettings}
 * @param downlink         built from {@code downlinkSettings}
 * @param phases           stretches of the run with another link, in time order, not overlapping
 * @param transports       which transports run, in order
 * @param tcp              the TCP emulation's settings
 * @param drain            how long to wait for stragglers after the last message, 0 to {@link #MAX_DRAIN}
 * @param rules            targeted faults, acting before the random impairments (default none)
 * @param concurrent       empty when the transports run in turn, each with {@code traffic} (the default);
 *                         otherwise each transport's own traffic, and the transports run at the same time
 *                         through one link whose rate queue they share ({@code concurrent:} in a file);
 *                         {@code traffic} is then the first transport's
 */
public record Scenario(String name, String description, long seed, Traffic traffic,
        Map<String, String> uplinkSettings, Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink,
        List<Phase> phases, List<Transport> transports, TcpSettings tcp, Duration drain, RuleSet rules,
        Map<Transport, Traffic> concurrent) {

    /** The longest drain: 10 minutes, far above any round trip a lab link can have; a run always ends. */
    public static final Duration MAX_DRAIN = Duration.ofMinutes(10);

    /** Copies the collections and checks the drain is bounded. */
    public Scenario {
        if (drain.isNegative() || drain.compareTo(MAX_DRAIN) > 0) {
            throw new IllegalArgumentException("drain must be between 0s and 10m: " + dev.netlab.core.units.Durations.format(drain));
        }
        uplinkSettings = Map.copyOf(uplinkSettings);
        downlinkSettings = Map.copyOf(downlinkSettings);
        phases = List.copyOf(phases);
        transports = List.copyOf(transports);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(concurrent, "concurrent");
        if (!concurrent.isEmpty() && (transports.size() < 2 || !concurrent.keySet().equals(Set.copyOf(transports)))) {
            throw new IllegalArgumentException("a concurrent scenario runs two transports and gives traffic for each: "
                    + concurrent.keySet() + " for " + transports);
        }
        concurrent = concurrent.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(concurrent));
    }

    /** A scenario whose transports run in turn, with rules. */
    public Scenario(String name, String description, long seed, Traffic traffic, Map<String, String> uplinkSettings,
            Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink, List<Phase> phases,
            List<Transport> transports, TcpSettings tcp, Duration drain, RuleSet rules) {
        this(name, description, seed, traffic, uplinkSettings, downlinkSettings, uplink, downlink, phases, transports, tcp,
                drain, rules, Map.of());
    }

    /** Whether the transports run at the same time on one link, each with its own traffic. */
    public boolean isConcurrent() {
        return !concurrent.isEmpty();
    }

    /** What {@code transport}'s clients send: its own traffic in a concurrent scenario, else {@link #traffic}. */
    public Traffic traffic(Transport transport) {
        return concurrent.getOrDefault(transport, traffic);
    }

    /** A scenario without rules. */
    public Scenario(String name, String description, long seed, Traffic traffic, Map<String, String> uplinkSettings,
            Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink, List<Phase> phases,
            List<Transport> transports, TcpSettings tcp, Duration drain) {
        this(name, description, seed, traffic, uplinkSettings, downlinkSettings, uplink, downlink, phases, transports, tcp,
                drain, RuleSet.NONE);
    }

    /** The same scenario with other rules. */
    public Scenario withRules(RuleSet other) {
        return new Scenario(name, description, seed, traffic, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain, other, concurrent);
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, newSeed, traffic, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain, rules, concurrent);
    }

    /** The same scenario with other transports; a concurrent one keeps running at once only with both. */
    public Scenario withTransports(List<Transport> only) {
        boolean together = isConcurrent() && only.size() > 1;
        return new Scenario(name, description, seed, only.size() == 1 ? traffic(only.get(0)) : traffic, uplinkSettings,
                downlinkSettings, uplink, downlink, phases, only, tcp, drain, rules, together ? concurrent : Map.of());
    }

    /** The same scenario with other traffic for every transport (a concurrent one runs its transports in turn then). */
    public Scenario withTraffic(Traffic other) {
        return new Scenario(name, description, seed, other, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain, rules, Map.of());
    }

    /**
     * The same scenario with one link setting changed in one direction, as data (nothing is written
     * out and read back). A phase gets the new value too where it had inherited the old one, and keeps
     * its own where it set one (an outage stays an outage).
     *
     * @param direction which direction's link
     * @param key       a link setting, for example {@code delay}
     * @param text      its new value as written, for example {@code 50ms}
     * @throws dev.netlab.core.engine.SettingException naming the key when the value, or the link it makes, is not allowed
     */
    public Scenario withLinkSetting(Direction direction, String key, String text) {
        boolean up = direction == Direction.UPLINK;
        Map<String, String> own = up ? uplinkSettings : downlinkSettings;
        String before = own.get(key);
        Map<String, String> changed = Phase.with(own, key, text);
        LinkConfig link = LinkSettings.parse(changed);
        List<Phase> changedPhases = phases.stream().map(p -> Objects.equals(p.settings(direction).get(key), before)
                ? p.withLinkSetting(direction, key, text) : p).toList();
        return new Scenario(name, description, seed, traffic, up ? changed : uplinkSettings, up ? downlinkSettings : changed,
                up ? link : uplink, up ? downlink : link, changedPhases, transports, tcp, drain, rules, concurrent);
    }

    /**
     * The same scenario with each transport's traffic changed by {@code change} (a command line's
     * {@code --clients} or {@code --duration}); a concurrent scenario stays concurrent.
     *
     * @throws IllegalArgumentException when {@code change} refuses a transport's traffic
     */
    public Scenario withEachTraffic(java.util.function.UnaryOperator<Traffic> change) {
        Map<Transport, Traffic> changed = new EnumMap<>(Transport.class);
        concurrent.forEach((transport, t) -> changed.put(transport, change.apply(t)));
        Traffic first = isConcurrent() ? changed.get(transports.get(0)) : change.apply(traffic);
        return new Scenario(name, description, seed, first, uplinkSettings, downlinkSettings, uplink, downlink,
                phases, transports, tcp, drain, rules, changed);
    }
}
