package dev.netlab.lab.check;

import java.util.List;
import java.util.Objects;

/**
 * A whole check: the suite, the programs, every case's result.
 *
 * @param suite     the suite as run
 * @param sender    the sender's command as given
 * @param receiver  the receiver's command as given
 * @param transport {@code udp} or {@code tcp}
 * @param cases     the results in suite order; fewer than the suite's cases when stopped early
 * @param partial   stopped by Ctrl-C before every case ran
 */
public record CheckResult(Suite suite, String sender, String receiver, String transport, List<CaseResult> cases,
        boolean partial) {

    /** Checks every part is given and copies the results. */
    public CheckResult {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(transport, "transport");
        cases = List.copyOf(cases);
    }

    /** Cases that passed. */
    public long passed() {
        return cases.stream().filter(c -> c.verdict().passed()).count();
    }

    /** Whether every case of the suite ran and passed. */
    public boolean allPassed() {
        return !partial && cases.size() == suite.cases().size() && passed() == cases.size();
    }

    /** Points earned. */
    public int earned() {
        return cases.stream().mapToInt(CaseResult::earned).sum();
    }
}
