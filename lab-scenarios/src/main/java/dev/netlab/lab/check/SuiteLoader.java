package dev.netlab.lab.check;

import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.core.scenario.YamlNode;
import dev.netlab.core.scenario.YamlReader;
import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a suite file (docs/check.md): top-level defaults and a list of cases, each with a link like
 * a scenario's, rules, a size, a time limit and points. Every problem is collected with its place
 * ({@code file:line:column}) and thrown together as a {@link ScenarioException}.
 */
public final class SuiteLoader {

    static final List<String> TOP_KEYS = List.of("name", "description", "seed", "size", "timeLimit", "points", "cases");
    static final List<String> CASE_KEYS = List.of("name", "description", "seed", "size", "timeLimit", "points", "link",
            "uplink", "downlink", "rules");
    static final long MAX_SIZE_BYTES = 100_000_000;
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(1);
    static final int MAX_CASES = 200;

    /** The defaults a suite gives its cases when it says nothing else. */
    private record Defaults(long seed, long sizeBytes, Duration timeLimit, int points) {
    }

    private final SuiteProblems problems;
    private final SuiteLinks links;
    private final SuiteRules rules;

    private SuiteLoader(String source, String text) {
        this.problems = new SuiteProblems(source);
        this.links = new SuiteLinks(problems);
        this.rules = new SuiteRules(problems, text.lines().toList());
    }

    /**
     * Reads a suite from text.
     *
     * @param source the name to show in messages, for example the file name
     * @throws ScenarioException listing every problem found
     */
    public static Suite load(String source, String text) {
        SuiteLoader loader = new SuiteLoader(source, text);
        Suite suite = loader.suite(YamlReader.read(source, text), source);
        loader.problems.throwIfAny();
        return suite;
    }

    private Suite suite(YamlNode root, String source) {
        if (!(root instanceof YamlNode.Mapping top)) {
            problems.add(root.position(), "", "expected a suite (name:, cases: ...), found " + root.kind());
            return null;
        }
        keys(top, "", TOP_KEYS);
        String name = text(top, "name", "").orElse(null);
        if (name == null) {
            problems.add(top.position(), "name", "missing: every suite needs a name, for example name: rdt");
        }
        Defaults defaults = new Defaults(number(top, "seed", "", 1L, Long.MAX_VALUE).orElse(1L),
                size(top, "").orElse(100_000L), timeLimit(top, "").orElse(Duration.ofSeconds(60)),
                number(top, "points", "", 0, 1000).orElse(1L).intValue());
        List<CheckCase> cases = cases(top, defaults);
        return problems.any() ? null
                : new Suite(name, text(top, "description", "").orElse("").strip(), source, cases);
    }

    private List<CheckCase> cases(YamlNode.Mapping top, Defaults defaults) {
        List<CheckCase> out = new ArrayList<>();
        YamlNode.Entry entry = top.entries().get("cases");
        if (entry == null || !(entry.value() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            problems.add(entry == null ? top.position() : entry.value().position(), "cases",
                    "expected a list of cases (lines starting with '- name: '), at least one");
            return out;
        }
        if (list.items().size() > MAX_CASES) {
            problems.add(list.position(), "cases", "at most " + MAX_CASES + " cases: " + list.items().size());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.items().size() && i < MAX_CASES; i++) {
            CheckCase c = oneCase(list.items().get(i), "cases[" + i + "]", defaults, names);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private CheckCase oneCase(YamlNode node, String path, Defaults defaults, Set<String> names) {
        if (!(node instanceof YamlNode.Mapping item)) {
            problems.add(node.position(), path, "expected a case (name:, link:, ...), found " + node.kind());
            return null;
        }
        keys(item, path, CASE_KEYS);
        String name = text(item, "name", path).orElse(null);
        if (name == null) {
            problems.add(item.position(), path + ".name", "missing: every case needs a name, for example data-loss-10");
        } else if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.add(item.entries().get("name").value().position(), path + ".name",
                    "must be lower-case letters, digits and dashes, for example data-loss-10: '" + name + "'");
        } else if (!names.add(name)) {
            problems.add(item.entries().get("name").value().position(), path + ".name", "another case has this name: " + name);
        }
        SuiteLinks.Link[] link = links.read(item, path);
        List<String> caseRules = rules.read(item, path);
        long seed = number(item, "seed", path, 0, Long.MAX_VALUE).orElse(defaults.seed());
        long size = size(item, path).orElse(defaults.sizeBytes());
        Duration limit = timeLimit(item, path).orElse(defaults.timeLimit());
        int points = number(item, "points", path, 0, 1000).map(Long::intValue).orElse(defaults.points());
        if (name == null || link[0].config() == null || link[1].config() == null || problems.any()) {
            return null;
        }
        return new CheckCase(name, text(item, "description", path).orElse("").strip(), link[0].texts(),
                link[1].texts(), link[0].config(), link[1].config(), caseRules, size, limit, points, seed);
    }

    private void keys(YamlNode.Mapping mapping, String path, List<String> allowed) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!allowed.contains(e.key())) {
                problems.add(e.keyPosition(), join(path, e.key()), "unknown key"
                        + Suggestions.didYouMean(e.key(), allowed) + "; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private Optional<YamlNode.Scalar> scalar(YamlNode.Mapping mapping, String key, String path) {
        YamlNode.Entry e = mapping.entries().get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        problems.add(e.value().position(), join(path, key), "expected a single value, found " + e.value().kind());
        return Optional.empty();
    }

    private Optional<String> text(YamlNode.Mapping mapping, String key, String path) {
        return scalar(mapping, key, path).map(YamlNode.Scalar::text);
    }

    private <T> Optional<T> parsed(YamlNode.Mapping mapping, String key, String path, Function<String, T> parser) {
        return scalar(mapping, key, path).flatMap(s -> {
            try {
                return Optional.of(parser.apply(s.text()));
            } catch (IllegalArgumentException e) {
                problems.add(s.position(), join(path, key), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<Long> number(YamlNode.Mapping mapping, String key, String path, long min, long max) {
        return parsed(mapping, key, path, text -> {
            long value;
            try {
                value = Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number: '" + text + "'; expected " + min + " to " + max);
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ": " + value);
            }
            return value;
        });
    }

    private Optional<Long> size(YamlNode.Mapping mapping, String path) {
        return parsed(mapping, "size", path, text -> checkSize(ByteSize.parse(text).bytes()));
    }

    private Optional<Duration> timeLimit(YamlNode.Mapping mapping, String path) {
        return parsed(mapping, "timeLimit", path, text -> checkTimeLimit(Durations.parse(text)));
    }

    /** The size if between 0 B and 100 MB, for the suite file and the {@code --size} flag. */
    public static long checkSize(long bytes) {
        if (bytes < 0 || bytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("size must be between 0B and 100MB: " + bytes + "B");
        }
        return bytes;
    }

    /** The limit if between 1 s and 1 h, for the suite file and the {@code --time-limit} flag. */
    public static Duration checkTimeLimit(Duration limit) {
        if (limit.compareTo(Duration.ofSeconds(1)) < 0 || limit.compareTo(MAX_TIME_LIMIT) > 0) {
            throw new IllegalArgumentException("time limit must be between 1s and 1h: " + Durations.format(limit));
        }
        return limit;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
