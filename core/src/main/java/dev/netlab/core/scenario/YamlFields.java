package dev.netlab.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scenario loader's shared helpers for reading a YAML tree: each asks for a mapping, a key set
 * or a value and, when the file does not have it, records a problem with its place instead of
 * stopping, so one load reports every mistake. The sections ({@link TrafficSection},
 * {@link LinkSection}) and {@link ScenarioLoader} all read through one instance.
 */
final class YamlFields {

    private final String source;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    YamlFields(String source) {
        this.source = source;
    }

    /** The file's name as the user gave it. */
    String source() {
        return source;
    }

    /** The problems recorded so far, in the order found; the list itself, so a section may add to it. */
    List<ScenarioProblem> problems() {
        return problems;
    }

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

    <T> T parse(YamlNode.Scalar scalar, String path, Function<String, T> parser, String allowed) {
        try {
            return parser.apply(scalar.text());
        } catch (NumberFormatException e) {
            problem(scalar.position(), path, "not allowed: '" + scalar.text() + "'; expected " + allowed);
        } catch (IllegalArgumentException e) {
            problem(scalar.position(), path, Suggestions.forValue(e.getMessage(), scalar.text()));
        }
        return null;
    }

    void problem(YamlNode.Position position, String key, String message) {
        problems.add(new ScenarioProblem(source, position, key, message));
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
