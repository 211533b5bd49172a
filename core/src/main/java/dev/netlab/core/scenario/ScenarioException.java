package dev.netlab.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario file with one or more problems, each with its place in the file. */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    /** The most problems the message lists; the rest are counted in one last line. */
    public static final int MAX_LISTED = 20;

    /**
     * @param problems every problem found, in file order; the message lists the first
     *     {@value #MAX_LISTED} and counts the rest
     */
    public ScenarioException(List<ScenarioProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<ScenarioProblem> problems) {
        String listed = problems.stream().limit(MAX_LISTED).map(ScenarioProblem::toString)
                .collect(Collectors.joining("\n"));
        int more = problems.size() - MAX_LISTED;
        return more <= 0 ? listed : listed + "\n... and " + more + " more problem" + (more == 1 ? "" : "s")
                + " (fix these first)";
    }

    /** Every problem found, in file order. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
