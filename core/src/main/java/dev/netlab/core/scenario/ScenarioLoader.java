package dev.netlab.core.scenario;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.tcp.TcpText;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.Durations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario file and checks all of it, collecting every problem with its place
 * ({@code file:line:column}), the key, and what is allowed, with "did you mean" for misspelt keys.
 * The format is in {@code docs/scenarios.md}.
 */
public final class ScenarioLoader {

    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "traffic", "concurrent", "link", "uplink", "downlink",
            "phases", "transports", "tcp", "drain", "rules");
    static final List<String> TCP_KEYS = TcpText.KEYS;
    static final Duration DEFAULT_DRAIN = Duration.ofSeconds(2);

    private final YamlFields fields;
    private final LinkSection links;

    private ScenarioLoader(String source) {
        this.fields = new YamlFields(source);
        this.links = new LinkSection(fields);
    }

    /** Reads a scenario file. */
    public static Scenario load(Path file) {
        String text;
        try {
            if (Files.size(file) > YamlReader.MAX_BYTES) {
                throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), new YamlNode.Position(1, 1), "",
                        "the file is larger than " + YamlReader.MAX_BYTES / 1024 + " KiB, the most a scenario file"
                                + " may be; scenarios are a few lines of settings")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(file.toString(), new YamlNode.Position(1, 1), "",
                    "cannot read the file: " + e.getMessage())));
        }
        return load(file.toString(), text);
    }

    /**
     * Reads a scenario from text.
     *
     * @param source the name to show in messages, for example the file name
     * @throws ScenarioException listing every problem found
     */
    public static Scenario load(String source, String text) {
        ScenarioLoader loader = new ScenarioLoader(source);
        Scenario scenario = loader.scenario(YamlReader.read(source, text));
        if (!loader.fields.problems().isEmpty() || scenario == null) {
            throw new ScenarioException(loader.fields.problems());
        }
        return scenario;
    }

    private Scenario scenario(YamlNode root) {
        YamlNode.Mapping top = fields.mapping(root, "");
        if (top == null) {
            return null;
        }
        fields.keys(top, "", TOP_KEYS);
        String name = fields.scalar(top, "name", "").map(YamlNode.Scalar::text).orElse(null);
        if (name == null) {
            fields.problem(top.position(), "name", "missing: every scenario needs a name, for example name: lossy-wifi");
        } else if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            fields.problem(top.entries().get("name").value().position(), "name",
                    "must be lower-case letters, digits and dashes, for example lossy-wifi: '" + name + "'");
        }
        String description = fields.scalar(top, "description", "").map(YamlNode.Scalar::text).orElse("").strip();
        long seed = fields.scalar(top, "seed", "").map(s -> fields.parse(s, "seed", text -> {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new IllegalArgumentException("seed must be 0 or more: " + value);
            }
            return value;
        }, "a whole number, for example 42")).orElse(1L);
        Map<Transport, Traffic> concurrent = new ConcurrentSection(fields).read(top);
        Traffic traffic = top.entries().containsKey("concurrent")
                ? (concurrent == null ? null : concurrent.get(Transport.UDP))
                : new TrafficSection(fields).traffic(top.entries().get("traffic"), top.position());
        Map<String, LinkSection.Located> base = links.settings(top, "link");
        Map<String, LinkSection.Located> up = LinkSection.merged(base, links.settings(top, "uplink"));
        Map<String, LinkSection.Located> down = LinkSection.merged(base, links.settings(top, "downlink"));
        LinkConfig uplink = links.link(up, "uplink", top.position());
        LinkConfig downlink = links.link(down, "downlink", top.position());
        List<Phase> phases = links.phases(top, up, down);
        List<Transport> transports = transports(top, top.entries().containsKey("concurrent"));
        TcpSettings tcp = tcp(top);
        Duration drain = fields.scalar(top, "drain", "")
                .map(s -> fields.parse(s, "drain", ScenarioLoader::drain, "a duration from 0s to 10m, for example 2s"))
                .orElse(DEFAULT_DRAIN);
        RuleSet rules = RulesSection.read(fields.source(), top.entries().get("rules"), "rules", fields.problems())
                .orElse(null);
        if (!fields.problems().isEmpty() || traffic == null || uplink == null || downlink == null || tcp == null) {
            return null;
        }
        return new Scenario(name, description, seed, traffic, LinkSection.texts(up), LinkSection.texts(down), uplink, downlink, phases,
                transports, tcp, drain, rules, concurrent == null ? Map.of() : concurrent);
    }

    /** The transports to run; beside {@code concurrent:} both, UDP first (its traffic is the scenario's). */
    private List<Transport> transports(YamlNode.Mapping top, boolean concurrent) {
        YamlNode.Entry entry = top.entries().get("transports");
        if (entry == null) {
            return List.of(Transport.UDP, Transport.TCP);
        }
        int problemsBefore = fields.problems().size();
        List<Transport> out = listed(entry);
        if (concurrent && fields.problems().size() == problemsBefore) {
            if (out.size() != 2) {
                fields.problem(entry.value().position(), "transports", "a concurrent scenario runs udp and tcp at once:"
                        + " give transports: [udp, tcp] or leave it out");
            }
            return List.of(Transport.UDP, Transport.TCP);
        }
        return out;
    }

    private List<Transport> listed(YamlNode.Entry entry) {
        List<YamlNode> items = entry.value() instanceof YamlNode.Sequence list ? list.items() : List.of(entry.value());
        List<Transport> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s)) {
                fields.problem(item.position(), "transports", "expected udp or tcp, found " + item.kind());
                continue;
            }
            Transport t = fields.parse(s, "transports", Transport::parse, "udp or tcp");
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty() && fields.problems().isEmpty()) {
            fields.problem(entry.value().position(), "transports", "give at least one: [udp, tcp]");
        }
        return out;
    }

    private TcpSettings tcp(YamlNode.Mapping top) {
        YamlNode.Entry entry = top.entries().get("tcp");
        if (entry == null) {
            return TcpSettings.defaults();
        }
        YamlNode.Mapping tcp = fields.mapping(entry.value(), "tcp");
        if (tcp == null) {
            return null;
        }
        fields.keys(tcp, "tcp", TCP_KEYS);
        int problemsBefore = fields.problems().size();
        TcpSettings.Builder builder = TcpSettings.builder();
        for (String key : TCP_KEYS) {
            fields.scalar(tcp, key, "tcp").ifPresent(s -> fields.parse(s, "tcp." + key,
                    t -> TcpText.read(builder, key, t), "see docs/scenarios.md"));
        }
        if (fields.problems().size() > problemsBefore) {
            return null;
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            fields.problem(tcp.position(), "tcp", e.getMessage());
            return null;
        }
    }

    private static Duration drain(String text) {
        Duration drain = Durations.parse(text);
        if (drain.isNegative() || drain.compareTo(Scenario.MAX_DRAIN) > 0) {
            throw new IllegalArgumentException("drain must be between 0s and 10m (a run always ends): '" + text.trim() + "'");
        }
        return drain;
    }
}
