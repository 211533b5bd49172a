package dev.netlab.core.rule;

import java.util.List;
import java.util.stream.Collectors;

/** Rules that cannot be read: every problem, each with its rule's number and the column in its text. */
public final class RuleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** @param problems at least one, in rule order */
    public RuleException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in rule order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
