package dev.netlab.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.netlab.core.traffic.Traffic;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a scenario as resolved YAML: every default filled in and the seed included, so loading
 * the text again gives the same scenario and the same run. The text is meant to be edited by
 * people: durations in the largest unit that reads well ({@code 16.666667ms}, not nanoseconds),
 * {@code true}/{@code false} as YAML booleans and the description as a folded block.
 */
public final class ScenarioWriter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private ScenarioWriter() {
    }

    /** The scenario as YAML text. */
    public static String toYaml(Scenario scenario) {
        Map<String, Object> rest = withBooleans(toMap(scenario));
        rest.remove("name");
        rest.remove("description");
        try {
            // The description is written by hand: the generator would fold it into a quoted string
            // with backslash escapes at every line break, which no student would want to edit.
            return YAML.writeValueAsString(Map.of("name", scenario.name()))
                    + ScenarioText.description(scenario.description()) + YAML.writeValueAsString(rest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario as nested maps, in the order of the file format (a concurrent one's traffic under {@code concurrent}). */
    public static Map<String, Object> toMap(Scenario s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("description", s.description());
        out.put("seed", s.seed());
        if (s.isConcurrent()) {
            Map<String, Object> concurrent = new LinkedHashMap<>();
            s.concurrent().forEach((transport, t) -> concurrent.put(transport.label(), traffic(t)));
            out.put("concurrent", concurrent);
        } else {
            out.put("traffic", traffic(s.traffic()));
        }
        out.put("uplink", new LinkedHashMap<>(ordered(s.uplinkSettings())));
        out.put("downlink", new LinkedHashMap<>(ordered(s.downlinkSettings())));
        if (!s.phases().isEmpty()) {
            List<Map<String, Object>> phases = s.phases().stream().map(p -> {
                Map<String, Object> phase = new LinkedHashMap<>();
                phase.put("name", p.name());
                phase.put("from", ScenarioText.duration(p.from()));
                phase.put("to", ScenarioText.duration(p.to()));
                phase.put("uplink", ordered(p.uplinkSettings()));
                phase.put("downlink", ordered(p.downlinkSettings()));
                return phase;
            }).toList();
            out.put("phases", phases);
        }
        out.put("transports", s.transports().stream().map(Transport::label).toList());
        Map<String, Object> tcp = new LinkedHashMap<>();
        tcp.put("mss", s.tcp().mssBytes());
        tcp.put("window", s.tcp().windowBytes() + "B");
        tcp.put("minRto", ScenarioText.duration(Duration.ofNanos(s.tcp().minRtoNanos())));
        tcp.put("cc", s.tcp().cc().label());
        out.put("tcp", tcp);
        out.put("drain", ScenarioText.duration(s.drain()));
        if (!s.rules().isEmpty()) {
            out.put("rules", s.rules().texts());
        }
        return out;
    }

    private static Map<String, Object> traffic(Traffic t) {
        Map<String, Object> traffic = new LinkedHashMap<>();
        traffic.put("profile", t.profile().label());
        traffic.put("clients", t.clients());
        traffic.put("count", t.messages());
        traffic.put("size", t.sizeBytes() + "B");
        traffic.put("interval", ScenarioText.duration(t.interval()));
        traffic.put("burst", t.burst());
        traffic.put("deadline", t.deadline().map(ScenarioText::duration).orElse("none"));
        traffic.put("server", t.server().label());
        return traffic;
    }

    private static Map<String, String> ordered(Map<String, String> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : LinkSettings.keyOrder()) {
            if (settings.containsKey(key)) {
                out.put(key, settings.get(key));
            }
        }
        return out;
    }

    /**
     * The same maps with the link settings' {@code true}/{@code false} as YAML booleans. Only the
     * YAML gets them: {@link #toMap}'s settings stay text, as summary.json has always written them.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withBooleans(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>(map);
        for (String direction : List.of("uplink", "downlink")) {
            if (out.get(direction) instanceof Map<?, ?> settings) {
                Map<String, Object> typed = new LinkedHashMap<>();
                ((Map<String, Object>) settings).forEach((k, v) -> typed.put(k, v instanceof String t ? ScenarioText.scalar(t) : v));
                out.put(direction, typed);
            }
        }
        if (out.get("phases") instanceof List<?> phases) {
            out.put("phases", phases.stream().map(p -> withBooleans((Map<String, Object>) p)).toList());
        }
        return out;
    }
}
