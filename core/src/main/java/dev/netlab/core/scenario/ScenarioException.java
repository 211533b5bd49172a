package dev.netlab.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file with one or more problems, each with its place in the file. */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioException(List<ScenarioProblem> problems) {
        super(problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
