package dev.netlab.core.scenario;

import dev.netlab.core.traffic.Traffic;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario's {@code concurrent:} section: UDP's and TCP's traffic, each with exactly the keys
 * and defaults of {@code traffic:}, for a run in which both cross the link at the same time. Checks
 * that it does not come with {@code traffic:}; {@link ScenarioLoader} checks {@code transports:}.
 */
final class ConcurrentSection {

    /** The keys under {@code concurrent:}, one per transport. */
    static final List<String> KEYS = List.of("udp", "tcp");

    private final YamlFields fields;

    ConcurrentSection(YamlFields fields) {
        this.fields = fields;
    }

    /**
     * Each transport's traffic, or null when {@code concurrent:} is absent or has a problem (recorded
     * with its place). Every part is read even after a problem, so one pass reports all of them.
     */
    Map<Transport, Traffic> read(YamlNode.Mapping top) {
        YamlNode.Entry entry = top.entries().get("concurrent");
        if (entry == null) {
            return null;
        }
        int problemsBefore = fields.problems().size();
        if (top.entries().containsKey("traffic")) {
            fields.problem(entry.keyPosition(), "concurrent", "give traffic: for runs in turn, or concurrent: for"
                    + " udp and tcp at once, not both");
        }
        YamlNode.Mapping section = fields.mapping(entry.value(), "concurrent");
        if (section == null) {
            return null;
        }
        fields.keys(section, "concurrent", KEYS);
        Map<Transport, Traffic> out = new EnumMap<>(Transport.class);
        for (Transport transport : List.of(Transport.UDP, Transport.TCP)) {
            String key = transport.label();
            YamlNode.Entry each = section.entries().get(key);
            if (each == null) {
                fields.problem(section.position(), "concurrent." + key, "missing: give " + key + "'s traffic too, for"
                        + " example " + key + ": {profile: " + (transport == Transport.UDP ? "cbr" : "bulk") + "}");
                continue;
            }
            Traffic traffic = new TrafficSection(fields, "concurrent." + key).traffic(each, section.position());
            if (traffic != null) {
                out.put(transport, traffic);
            }
        }
        return fields.problems().size() > problemsBefore ? null : out;
    }
}
