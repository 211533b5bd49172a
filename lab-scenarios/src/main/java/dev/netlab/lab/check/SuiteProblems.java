package dev.netlab.lab.check;

import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.ScenarioProblem;
import dev.netlab.core.scenario.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The problems found in one suite file, each with its place, collected so one load reports them all. */
final class SuiteProblems {

    private final String source;
    private final List<ScenarioProblem> found = new ArrayList<>();

    SuiteProblems(String source) {
        this.source = source;
    }

    void add(YamlNode.Position position, String key, String message) {
        found.add(new ScenarioProblem(source, position, key, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Throws every problem found, in file order, if there was any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<ScenarioProblem> sorted = new ArrayList<>(found);
            sorted.sort((a, b) -> a.position().line() != b.position().line()
                    ? Integer.compare(a.position().line(), b.position().line())
                    : Integer.compare(a.position().column(), b.position().column()));
            throw new ScenarioException(sorted);
        }
    }
}
