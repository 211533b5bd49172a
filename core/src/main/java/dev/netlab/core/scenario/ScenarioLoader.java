package dev.netlab.core.scenario;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scenario file and checks all of it, collecting every problem with its place
 * ({@code file:line:column}), the key, and what is allowed, with "did you mean" for misspelt keys.
 * The format is in {@code docs/scenarios.md}.
 */
public final class ScenarioLoader {

    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "traffic", "link", "uplink", "downlink",
            "phases", "transports", "tcp", "drain");
    static final List<String> PHASE_KEYS = List.of("name", "from", "to", "link", "uplink", "downlink");
    static final List<String> TCP_KEYS = TcpText.KEYS;
    static final Duration DEFAULT_DRAIN = Duration.ofSeconds(2);

    private final String source;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioLoader(String source) {
        this.source = source;
    }

    /** Reads a scenario file. */
    public static Scenario load(Path file) {
        String text;
        try {
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
        if (!loader.problems.isEmpty() || scenario == null) {
            throw new ScenarioException(loader.problems);
        }
        return scenario;
    }

    private Scenario scenario(YamlNode root) {
        YamlNode.Mapping top = mapping(root, "");
        if (top == null) {
            return null;
        }
        keys(top, "", TOP_KEYS);
        String name = scalar(top, "name", "").map(YamlNode.Scalar::text).orElse(null);
        if (name == null) {
            problem(top.position(), "name", "missing: every scenario needs a name, for example name: lossy-wifi");
        } else if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problem(top.entries().get("name").value().position(), "name",
                    "must be lower-case letters, digits and dashes, for example lossy-wifi: '" + name + "'");
        }
        String description = scalar(top, "description", "").map(YamlNode.Scalar::text).orElse("").strip();
        long seed = scalar(top, "seed", "").map(s -> parse(s, "seed", text -> {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new IllegalArgumentException("seed must be 0 or more: " + value);
            }
            return value;
        }, "a whole number, for example 42")).orElse(1L);
        Traffic traffic = new TrafficSection(this).traffic(top.entries().get("traffic"), top.position());
        Map<String, Located> base = settings(top, "link");
        Map<String, Located> up = merged(base, settings(top, "uplink"));
        Map<String, Located> down = merged(base, settings(top, "downlink"));
        LinkConfig uplink = link(up, "uplink", top.position());
        LinkConfig downlink = link(down, "downlink", top.position());
        List<Phase> phases = phases(top, up, down);
        List<Transport> transports = transports(top);
        TcpSettings tcp = tcp(top);
        Duration drain = scalar(top, "drain", "").map(s -> parse(s, "drain", Durations::parse, Durations.ALLOWED))
                .orElse(DEFAULT_DRAIN);
        if (!problems.isEmpty() || traffic == null || uplink == null || downlink == null || tcp == null) {
            return null;
        }
        return new Scenario(name, description, seed, traffic, texts(up), texts(down), uplink, downlink, phases,
                transports, tcp, drain);
    }

    /** A setting's text and where it was written. */
    record Located(String text, YamlNode.Position position, String path) {
    }

    private Map<String, Located> settings(YamlNode.Mapping parent, String key) {
        Map<String, Located> out = new LinkedHashMap<>();
        YamlNode.Entry entry = parent.entries().get(key);
        if (entry == null) {
            return out;
        }
        YamlNode.Mapping link = mapping(entry.value(), key);
        if (link == null) {
            return out;
        }
        for (YamlNode.Entry e : link.entries().values()) {
            String path = key + "." + e.key();
            if (!LinkSettings.KEYS.containsKey(e.key())) {
                problem(e.keyPosition(), path, "unknown setting" + Suggestions.didYouMean(e.key(), LinkSettings.keyOrder())
                        + "; allowed: " + String.join(", ", LinkSettings.keyOrder()));
                continue;
            }
            if (!(e.value() instanceof YamlNode.Scalar s)) {
                problem(e.value().position(), path, "expected a single value, found " + e.value().kind());
                continue;
            }
            try {
                LinkSettings.checkValue(e.key(), s.text());
                out.put(e.key(), new Located(s.text(), s.position(), path));
            } catch (IllegalArgumentException bad) {
                problem(s.position(), path, bad.getMessage());
            }
        }
        return out;
    }

    private static Map<String, Located> merged(Map<String, Located> base, Map<String, Located> over) {
        Map<String, Located> out = new LinkedHashMap<>(base);
        out.putAll(over);
        return out;
    }

    private static Map<String, String> texts(Map<String, Located> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, v.text()));
        return out;
    }

    private LinkConfig link(Map<String, Located> settings, String direction, YamlNode.Position fallback) {
        try {
            return LinkSettings.parse(texts(settings));
        } catch (SettingException e) {
            Located at = settings.get(e.key());
            problem(at == null ? fallback : at.position(), at == null ? direction : at.path(), e.getMessage()
                    + " (" + direction + ")");
            return null;
        }
    }

    private List<Phase> phases(YamlNode.Mapping top, Map<String, Located> up, Map<String, Located> down) {
        List<Phase> phases = new ArrayList<>();
        YamlNode.Entry entry = top.entries().get("phases");
        if (entry == null) {
            return phases;
        }
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            problem(entry.value().position(), "phases", "expected a list of phases (lines starting with '- '), found "
                    + entry.value().kind());
            return phases;
        }
        Duration previousEnd = Duration.ZERO;
        for (int i = 0; i < list.items().size(); i++) {
            String path = "phases[" + i + "]";
            YamlNode.Mapping phase = mapping(list.items().get(i), path);
            if (phase == null) {
                continue;
            }
            keys(phase, path, PHASE_KEYS);
            String name = scalar(phase, "name", path).map(YamlNode.Scalar::text).orElse("phase " + (i + 1));
            Duration from = scalar(phase, "from", path).map(s -> parse(s, path + ".from", Durations::parse, Durations.ALLOWED))
                    .orElse(null);
            Duration to = scalar(phase, "to", path).map(s -> parse(s, path + ".to", Durations::parse, Durations.ALLOWED))
                    .orElse(null);
            if (from == null || to == null) {
                problem(phase.position(), path, "a phase needs from and to, for example from: 4s and to: 5s");
                continue;
            }
            if (to.compareTo(from) <= 0) {
                problem(phase.entries().get("to").value().position(), path + ".to",
                        "must be after from (" + Durations.format(from) + "): " + Durations.format(to));
                continue;
            }
            if (from.compareTo(previousEnd) < 0) {
                problem(phase.entries().get("from").value().position(), path + ".from",
                        "phases must be in time order and not overlap; the previous one ends at " + Durations.format(previousEnd));
                continue;
            }
            previousEnd = to;
            Map<String, Located> base = settings(phase, "link").entrySet().stream().collect(LinkedHashMap::new,
                    (m, e) -> m.put(e.getKey(), relabel(e.getValue(), path)), Map::putAll);
            Map<String, Located> phaseUp = merged(merged(up, base), relabelAll(settings(phase, "uplink"), path));
            Map<String, Located> phaseDown = merged(merged(down, base), relabelAll(settings(phase, "downlink"), path));
            LinkConfig upLink = link(phaseUp, path + " uplink", phase.position());
            LinkConfig downLink = link(phaseDown, path + " downlink", phase.position());
            if (upLink != null && downLink != null) {
                phases.add(new Phase(name, from, to, texts(phaseUp), texts(phaseDown), upLink, downLink));
            }
        }
        return phases;
    }

    private static Located relabel(Located located, String path) {
        return new Located(located.text(), located.position(), path + "." + located.path());
    }

    private static Map<String, Located> relabelAll(Map<String, Located> settings, String path) {
        Map<String, Located> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, relabel(v, path)));
        return out;
    }

    private List<Transport> transports(YamlNode.Mapping top) {
        YamlNode.Entry entry = top.entries().get("transports");
        if (entry == null) {
            return List.of(Transport.UDP, Transport.TCP);
        }
        List<YamlNode> items = entry.value() instanceof YamlNode.Sequence list ? list.items() : List.of(entry.value());
        List<Transport> out = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s)) {
                problem(item.position(), "transports", "expected udp or tcp, found " + item.kind());
                continue;
            }
            Transport t = parse(s, "transports", Transport::parse, "udp or tcp");
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problem(entry.value().position(), "transports", "give at least one: [udp, tcp]");
        }
        return out;
    }

    private TcpSettings tcp(YamlNode.Mapping top) {
        YamlNode.Entry entry = top.entries().get("tcp");
        if (entry == null) {
            return TcpSettings.defaults();
        }
        YamlNode.Mapping tcp = mapping(entry.value(), "tcp");
        if (tcp == null) {
            return null;
        }
        keys(tcp, "tcp", TCP_KEYS);
        int problemsBefore = problems.size();
        TcpSettings.Builder builder = TcpSettings.builder();
        for (String key : TCP_KEYS) {
            scalar(tcp, key, "tcp").ifPresent(s -> parse(s, "tcp." + key, t -> TcpText.read(builder, key, t),
                    "see docs/scenarios.md"));
        }
        if (problems.size() > problemsBefore) {
            return null;
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            problem(tcp.position(), "tcp", e.getMessage());
            return null;
        }
    }

    // ---- small helpers shared with TrafficSection ----

    YamlNode.Mapping mapping(YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problem(node.position(), path, "expected a mapping (key: value lines), found " + node.kind());
        return null;
    }

    void keys(YamlNode.Mapping mapping, String path, List<String> allowed) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!allowed.contains(e.key())) {
                problem(e.keyPosition(), join(path, e.key()), "unknown key" + Suggestions.didYouMean(e.key(), allowed)
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    Optional<YamlNode.Scalar> scalar(YamlNode.Mapping mapping, String key, String path) {
        YamlNode.Entry e = mapping.entries().get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        problem(e.value().position(), join(path, key), "expected a single value, found " + e.value().kind());
        return Optional.empty();
    }

    <T> T parse(YamlNode.Scalar scalar, String path, java.util.function.Function<String, T> parser, String allowed) {
        try {
            return parser.apply(scalar.text());
        } catch (NumberFormatException e) {
            problem(scalar.position(), path, "not allowed: '" + scalar.text() + "'; expected " + allowed);
        } catch (IllegalArgumentException e) {
            problem(scalar.position(), path, e.getMessage());
        }
        return null;
    }

    void problem(YamlNode.Position position, String key, String message) {
        problems.add(new ScenarioProblem(source, position, key, message));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reads a server mode for {@link TrafficSection}. */
    static ServerMode serverMode(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "echo" -> ServerMode.ECHO;
            case "upper" -> ServerMode.UPPER;
            default -> throw new IllegalArgumentException("server must be echo or upper: '" + text + "'");
        };
    }
}
