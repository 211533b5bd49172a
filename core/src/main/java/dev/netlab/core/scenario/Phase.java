package dev.netlab.core.scenario;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LinkConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stretch of the run during which the link behaves differently, for example an outage from
 * 4 s to 5 s. Outside every phase the scenario's own link applies.
 *
 * @param name             a short name for reports, for example {@code outage}
 * @param from             when it starts, from the start of the run
 * @param to               when it ends, after {@code from}, at most {@link #MAX_TIME} from the start
 * @param uplinkSettings   the link's settings during the phase, client to server (base merged with the phase's)
 * @param downlinkSettings the same, server to client
 * @param uplink           built from {@code uplinkSettings}
 * @param downlink         built from {@code downlinkSettings}
 */
public record Phase(String name, Duration from, Duration to, Map<String, String> uplinkSettings,
        Map<String, String> downlinkSettings, LinkConfig uplink, LinkConfig downlink) {

    /** The latest a phase may start or end: a day, the longest a proxy runs with {@code --duration}. */
    public static final Duration MAX_TIME = Duration.ofHours(24);

    /** Checks the phase ends after it starts and no later than {@link #MAX_TIME}. */
    public Phase {
        uplinkSettings = Map.copyOf(uplinkSettings);
        downlinkSettings = Map.copyOf(downlinkSettings);
        if (to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("a phase must end after it starts: from " + from + " to " + to);
        }
        if (to.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException("a phase must end within 24h of the start: " + to);
        }
    }

    /** The settings of one direction. */
    public Map<String, String> settings(Direction direction) {
        return direction == Direction.UPLINK ? uplinkSettings : downlinkSettings;
    }

    /**
     * The same phase with one link setting of one direction changed.
     *
     * @throws dev.netlab.core.engine.SettingException naming the key when the value, or the link it makes, is not allowed
     */
    public Phase withLinkSetting(Direction direction, String key, String text) {
        Map<String, String> changed = with(settings(direction), key, text);
        LinkConfig link = LinkSettings.parse(changed);
        return direction == Direction.UPLINK
                ? new Phase(name, from, to, changed, downlinkSettings, link, downlink)
                : new Phase(name, from, to, uplinkSettings, changed, uplink, link);
    }

    /** A copy of {@code settings} with {@code key} set to {@code text}. */
    static Map<String, String> with(Map<String, String> settings, String key, String text) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        out.put(key, text);
        return out;
    }
}
