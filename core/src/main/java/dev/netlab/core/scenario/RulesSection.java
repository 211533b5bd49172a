package dev.netlab.core.scenario;

import dev.netlab.core.rule.RuleException;
import dev.netlab.core.rule.RuleProblem;
import dev.netlab.core.rule.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code rules:} list: one string per rule, in the syntax of {@code --rule}
 * ({@link RuleSet#parse}). A bad rule becomes a problem at its string's place
 * ({@code file:line:column}), and the message adds the column inside the rule's own text. Scenario
 * files use it, and so can any other YAML file read with {@link YamlReader} that holds rules.
 */
public final class RulesSection {

    private RulesSection() {
    }

    /**
     * Reads the rules under one key.
     *
     * @param source   the file's name, for messages
     * @param entry    the key's entry in its mapping, or null when the key is absent
     * @param path     the dotted key for messages, for example {@code rules}
     * @param problems where problems are added, in file order
     * @return the rules ({@link RuleSet#NONE} without the key), or empty after adding a problem
     */
    public static Optional<RuleSet> read(String source, YamlNode.Entry entry, String path,
            List<ScenarioProblem> problems) {
        if (entry == null) {
            return Optional.of(RuleSet.NONE);
        }
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            problems.add(new ScenarioProblem(source, entry.value().position(), path, "expected a list of rules, one "
                    + "string each, for example " + path + ": [\"uplink index=1 drop\"], found " + entry.value().kind()));
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar s)) {
                problems.add(new ScenarioProblem(source, item.position(), path,
                        "expected one rule as a string, found " + item.kind()));
                return Optional.empty();
            }
            texts.add(s.text());
        }
        try {
            return Optional.of(RuleSet.parse(texts));
        } catch (RuleException e) {
            for (RuleProblem p : e.problems()) {
                problems.add(new ScenarioProblem(source, list.items().get(p.rule() - 1).position(),
                        path + "[" + p.rule() + "]", "column " + p.column() + " of '" + p.text() + "': " + p.message()));
            }
            return Optional.empty();
        }
    }
}
