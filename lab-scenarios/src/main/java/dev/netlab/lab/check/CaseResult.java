package dev.netlab.lab.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one case went.
 *
 * @param testCase      the case as run (after {@code --size} and {@code --time-limit})
 * @param verdict       passed, or the first reason it did not
 * @param wallMillis    from the sender's start until both programs had exited (or the limit)
 * @param output        the receiver's output against the input; empty when the case did not run
 * @param traffic       what went through the relay
 * @param resolvedRules the rules as given to the relay, {@code last} replaced by its index
 * @param directory     the case's directory name inside the results directory
 */
public record CaseResult(CheckCase testCase, Verdict verdict, double wallMillis, Optional<OutputCheck> output,
        CaseTraffic traffic, List<String> resolvedRules, String directory) {

    /** Checks every part is given. */
    public CaseResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(traffic, "traffic");
        resolvedRules = List.copyOf(resolvedRules);
        Objects.requireNonNull(directory, "directory");
    }

    /** The points earned: all of the case's when it passed, none otherwise. */
    public int earned() {
        return verdict.passed() ? testCase.points() : 0;
    }
}
