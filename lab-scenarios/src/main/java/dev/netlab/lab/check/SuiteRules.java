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

    SuiteRules(SuiteProblems problems) {
        this.problems = problems;
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
            String problem = RuleSupport.problem(s.text(), LastIndex.resolve(s.text(), 1, 1));
            if (problem != null) {
                problems.add(s.position(), at, problem);
            } else {
                out.add(s.text().strip());
            }
        }
        return out;
    }
}
