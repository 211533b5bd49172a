package dev.netlab.core.scenario;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's {@code link}, {@code uplink}, {@code downlink} and {@code phases}: each value
 * read once by {@link LinkSettings#value} where it was written, then each direction's values
 * combined by {@link LinkSettings#build}.
 */
final class LinkSection {

    static final List<String> PHASE_KEYS = List.of("name", "from", "to", "link", "uplink", "downlink");

    private final YamlFields fields;

    LinkSection(YamlFields fields) {
        this.fields = fields;
    }

    /** A setting's text, its value as read, and where it was written. */
    record Located(String text, Object value, YamlNode.Position position, String path) {

        Located under(String parent) {
            return new Located(text, value, position, parent + "." + path);
        }
    }

    /** The settings under {@code key}, each value read once; bad ones become problems and are left out. */
    Map<String, Located> settings(YamlNode.Mapping parent, String key) {
        return settings(parent, key, "");
    }

    /**
     * As {@link #settings(YamlNode.Mapping, String)}, with problems named under {@code prefix} (a
     * phase's {@code phases[1]}); the settings' own paths stay relative, {@link #under} adds it later.
     */
    private Map<String, Located> settings(YamlNode.Mapping parent, String key, String prefix) {
        Map<String, Located> out = new LinkedHashMap<>();
        YamlNode.Entry entry = parent.entries().get(key);
        YamlNode.Mapping link = entry == null ? null : fields.mapping(entry.value(), YamlFields.join(prefix, key));
        if (link == null) {
            return out;
        }
        for (YamlNode.Entry e : link.entries().values()) {
            String path = key + "." + e.key();
            String shown = YamlFields.join(prefix, path);
            if (!LinkSettings.keyOrder().contains(e.key())) {
                fields.problem(e.keyPosition(), shown, "unknown setting" + Suggestions.didYouMean(e.key(),
                        LinkSettings.keyOrder()) + "; allowed: " + String.join(", ", LinkSettings.keyOrder()));
                continue;
            }
            if (!(e.value() instanceof YamlNode.Scalar s)) {
                fields.problem(e.value().position(), shown, "expected a single value, found " + e.value().kind());
                continue;
            }
            try {
                out.put(e.key(), new Located(s.text(), LinkSettings.value(e.key(), s.text()), s.position(), path));
            } catch (IllegalArgumentException bad) {
                fields.problem(s.position(), shown, Suggestions.forValue(bad.getMessage(), s.text()));
            }
        }
        return out;
    }

    static Map<String, Located> merged(Map<String, Located> base, Map<String, Located> over) {
        Map<String, Located> out = new LinkedHashMap<>(base);
        out.putAll(over);
        return out;
    }

    static Map<String, String> texts(Map<String, Located> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, v.text()));
        return out;
    }

    /** The link of one direction, or null after recording why it cannot be built. */
    LinkConfig link(Map<String, Located> settings, String direction, YamlNode.Position fallback) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.forEach((k, v) -> values.put(k, v.value()));
        try {
            return LinkSettings.build(values);
        } catch (SettingException e) {
            Located at = settings.get(e.key());
            fields.problem(at == null ? fallback : at.position(), at == null ? direction : at.path(), e.getMessage()
                    + " (" + direction + ")");
            return null;
        }
    }

    /** The phases, each direction's link being the scenario's with the phase's settings merged over it. */
    List<Phase> phases(YamlNode.Mapping top, Map<String, Located> up, Map<String, Located> down) {
        List<Phase> phases = new ArrayList<>();
        YamlNode.Entry entry = top.entries().get("phases");
        if (entry == null) {
            return phases;
        }
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            fields.problem(entry.value().position(), "phases", "expected a list of phases (lines starting with '- '),"
                    + " found " + entry.value().kind());
            return phases;
        }
        Duration previousEnd = Duration.ZERO;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "phases[" + i + "]";
            YamlNode.Mapping phase = fields.mapping(list.items().get(i), path);
            Duration end = phase == null ? null : phase(phase, path, i, previousEnd, up, down, phases);
            previousEnd = end == null ? previousEnd : end;
        }
        return phases;
    }

    /** Reads one phase into {@code phases}; returns its end, or null when its times are not usable. */
    private Duration phase(YamlNode.Mapping phase, String path, int i, Duration previousEnd, Map<String, Located> up,
            Map<String, Located> down, List<Phase> phases) {
        fields.keys(phase, path, PHASE_KEYS);
        String name = fields.scalar(phase, "name", path).map(YamlNode.Scalar::text).orElse("phase " + (i + 1));
        // The settings first, so a phase with bad times still has its settings checked in the same pass.
        Map<String, Located> base = under(settings(phase, "link", path), path);
        Map<String, Located> phaseUp = merged(merged(up, base), under(settings(phase, "uplink", path), path));
        Map<String, Located> phaseDown = merged(merged(down, base), under(settings(phase, "downlink", path), path));
        Duration from = time(phase, "from", path);
        Duration to = time(phase, "to", path);
        if (from == null || to == null) {
            if (!phase.entries().containsKey("from") || !phase.entries().containsKey("to")) {
                fields.problem(phase.position(), path, "a phase needs from and to, for example from: 4s and to: 5s");
            }
            return null;
        }
        if (to.compareTo(from) <= 0) {
            fields.problem(phase.entries().get("to").value().position(), path + ".to",
                    "must be after from (" + Durations.format(from) + "): " + Durations.format(to));
            return null;
        }
        if (from.compareTo(previousEnd) < 0) {
            fields.problem(phase.entries().get("from").value().position(), path + ".from",
                    "phases must be in time order and not overlap; the previous one ends at " + Durations.format(previousEnd));
            return null;
        }
        LinkConfig upLink = link(phaseUp, path + " uplink", phase.position());
        LinkConfig downLink = link(phaseDown, path + " downlink", phase.position());
        if (upLink != null && downLink != null) {
            phases.add(new Phase(name, from, to, texts(phaseUp), texts(phaseDown), upLink, downLink));
        }
        return to;
    }

    private Duration time(YamlNode.Mapping phase, String key, String path) {
        return fields.scalar(phase, key, path)
                .map(s -> fields.parse(s, path + "." + key, text -> Durations.parseAtMost(text, Phase.MAX_TIME),
                        Durations.ALLOWED)).orElse(null);
    }

    private static Map<String, Located> under(Map<String, Located> settings, String path) {
        Map<String, Located> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, v.under(path)));
        return out;
    }
}
