package dev.netlab.lab.check;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.core.scenario.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a case's {@code link}, {@code uplink} and {@code downlink} exactly as a scenario's: the
 * same keys, values and messages ({@link LinkSettings}), {@code link} for both directions and
 * {@code uplink}/{@code downlink} over it.
 */
final class SuiteLinks {

    /** A setting as written, its value as read and where it was written. */
    record Located(String text, Object value, YamlNode.Position position, String path) {
    }

    /** A direction's link with its settings as written; null link after a problem was recorded. */
    record Link(Map<String, String> texts, LinkConfig config) {
    }

    private final SuiteProblems problems;

    SuiteLinks(SuiteProblems problems) {
        this.problems = problems;
    }

    /** The case's uplink and downlink, in that order. */
    Link[] read(YamlNode.Mapping item, String path) {
        Map<String, Located> base = settings(item, "link", path);
        Map<String, Located> up = new LinkedHashMap<>(base);
        up.putAll(settings(item, "uplink", path));
        Map<String, Located> down = new LinkedHashMap<>(base);
        down.putAll(settings(item, "downlink", path));
        return new Link[] {link(up, path + " uplink", item.position()), link(down, path + " downlink", item.position())};
    }

    private Map<String, Located> settings(YamlNode.Mapping item, String key, String path) {
        Map<String, Located> out = new LinkedHashMap<>();
        YamlNode.Entry entry = item.entries().get(key);
        if (entry == null) {
            return out;
        }
        if (!(entry.value() instanceof YamlNode.Mapping link)) {
            problems.add(entry.value().position(), path + "." + key,
                    "expected link settings (key: value lines, for example loss: 10%), found " + entry.value().kind());
            return out;
        }
        for (YamlNode.Entry e : link.entries().values()) {
            String at = path + "." + key + "." + e.key();
            if (!LinkSettings.keyOrder().contains(e.key())) {
                problems.add(e.keyPosition(), at, "unknown setting" + Suggestions.didYouMean(e.key(),
                        LinkSettings.keyOrder()) + "; allowed: " + String.join(", ", LinkSettings.keyOrder()));
            } else if (!(e.value() instanceof YamlNode.Scalar s)) {
                problems.add(e.value().position(), at, "expected a single value, found " + e.value().kind());
            } else {
                try {
                    out.put(e.key(), new Located(s.text(), LinkSettings.value(e.key(), s.text()), s.position(), at));
                } catch (IllegalArgumentException bad) {
                    problems.add(s.position(), at, bad.getMessage());
                }
            }
        }
        return out;
    }

    private Link link(Map<String, Located> settings, String direction, YamlNode.Position fallback) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            values.put(k, v.value());
            texts.put(k, v.text());
        });
        try {
            return new Link(texts, LinkSettings.build(values));
        } catch (SettingException e) {
            Located at = settings.get(e.key());
            problems.add(at == null ? fallback : at.position(), at == null ? direction : at.path(),
                    e.getMessage() + " (" + direction + ")");
            return new Link(texts, null);
        }
    }
}
