package dev.netlab.lab.check;

import dev.netlab.core.scenario.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case's {@code rules:}, a list of targeted rules written as on the proxy's command line
 * ({@code uplink index=1 drop}, syntax in {@link dev.netlab.core.rule.RuleSet#SYNTAX}). Each is checked where it was written; {@code last} in an index
 * is checked as if it were 1, because its value is only known when the case runs.
 */
final class SuiteRules {

    private final SuiteProblems problems;
    private final List<String> lines;

    /** @param lines the suite file's lines, to point at the column inside a rule */
    SuiteRules(SuiteProblems problems, List<String> lines) {
        this.problems = problems;
        this.lines = lines;
    }

    List<String> read(YamlNode.Mapping item, String path) {
        List<String> out = new ArrayList<>();
        YamlNode.Entry entry = item.entries().get("rules");
        if (entry == null) {
            return out;
        }
        List<YamlNode> items = entry.value() instanceof YamlNode.Sequence list ? list.items() : List.of(entry.value());
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".rules[" + i + "]";
            if (!(items.get(i) instanceof YamlNode.Scalar s) || s.text().isBlank()) {
                problems.add(items.get(i).position(), at,
                        "expected a rule as one line of text, for example 'uplink index=1 drop'");
                continue;
            }
            RuleSupport.Problem problem = RuleSupport.problem(s.text(), LastIndex.resolve(s.text(), 1, 1));
            if (problem != null) {
                problems.add(inside(s, problem.column()), at, problem.message());
            } else {
                out.add(s.text().strip());
            }
        }
        return out;
    }

    /**
     * Where column {@code column} of a rule's text is in the file: after the opening quote when the
     * rule is quoted. A rule with {@code last} is checked with 1 in its place, so a mistake after it
     * may be shown a few columns off.
     */
    private YamlNode.Position inside(YamlNode.Scalar s, int column) {
        YamlNode.Position at = s.position();
        int line = at.line() - 1;
        if (column <= 1 || line < 0 || line >= lines.size()) {
            return at;
        }
        String text = lines.get(line);
        int start = at.column() - 1;
        boolean quoted = start < text.length() && (text.charAt(start) == '\'' || text.charAt(start) == '"');
        return new YamlNode.Position(at.line(), at.column() + (quoted ? 1 : 0) + column - 1);
    }
}
