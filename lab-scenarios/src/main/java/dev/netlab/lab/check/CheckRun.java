package dev.netlab.lab.check;

import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs every case of a suite, one after the other, each in its own directory. {@link #stop()}
 * (Ctrl-C) kills the running case's programs and ends the run; what was done is kept.
 */
public final class CheckRun {

    /** Hears about each case as it starts and ends: the progress line of the command. */
    public interface Listener {
        /** A case is about to run; {@code index} from 1. */
        void started(int index, int total, CheckCase c);

        /** A case ended. */
        void finished(int index, int total, CaseResult result);
    }

    private final CheckSetup setup;
    private final Listener listener;
    private volatile boolean stopped;

    public CheckRun(CheckSetup setup, Listener listener) {
        this.setup = setup;
        this.listener = listener;
    }

    /** Stops the run: the running case's programs are killed and no further case starts. */
    public void stop() {
        stopped = true;
    }

    /** Runs the suite into {@code dir}, one subdirectory per case ({@code 01-perfect-small}). */
    public CheckResult execute(Suite suite, Path dir) throws IOException, InterruptedException {
        CaseRunner runner = new CaseRunner(setup, () -> stopped);
        List<CaseResult> results = new ArrayList<>();
        int total = suite.cases().size();
        for (int i = 0; i < total && !stopped; i++) {
            CheckCase c = suite.cases().get(i);
            listener.started(i + 1, total, c);
            Path caseDir = dir.resolve(String.format(Locale.ROOT, "%02d-%s", i + 1, c.name()));
            CaseResult result = one(runner, c, caseDir);
            results.add(result);
            listener.finished(i + 1, total, result);
        }
        boolean partial = stopped || results.size() < total;
        return new CheckResult(suite, String.join(" ", setup.sender().words()),
                String.join(" ", setup.receiver().words()), setup.transport().label(), results, partial);
    }

    /**
     * The datagrams rules count: every one over UDP; over TCP only segments that carry data, because
     * the TCP relay's rules count data segments and its ledger also lists the empty handshake.
     */
    private long countForRules(List<DatagramFates.Fate> fates) {
        return setup.transport() == Transport.TCP ? fates.stream().filter(f -> f.sizeBytes() > 0).count()
                : fates.size();
    }

    private CaseResult one(CaseRunner runner, CheckCase c, Path caseDir) throws IOException, InterruptedException {
        if (!c.rules().isEmpty() && !RuleSupport.available()) {
            return new CaseResult(c, new Verdict.NeedsRules(c.rules()), 0, Optional.empty(), CaseTraffic.NONE,
                    c.rules(), caseDir.getFileName().toString());
        }
        List<String> rules = c.rules();
        if (c.needsLast()) {
            CaseResult perfect = runner.run(c.perfect(), caseDir.resolve("perfect-run"), List.of());
            if (!perfect.verdict().passed()) {
                Verdict why = perfect.verdict() instanceof Verdict.Interrupted ? perfect.verdict()
                        : new Verdict.NotReady("the last datagram could not be found: over a perfect channel "
                                + perfect.verdict().reason());
                return new CaseResult(c, why, perfect.wallMillis(), Optional.empty(), CaseTraffic.NONE, rules,
                        caseDir.getFileName().toString());
            }
            long up = countForRules(perfect.traffic().sender());
            long down = countForRules(perfect.traffic().receiver());
            try {
                rules = rules.stream().map(r -> LastIndex.resolve(r, up, down)).toList();
            } catch (IllegalStateException tooFew) {
                return new CaseResult(c, new Verdict.NotReady(tooFew.getMessage()), perfect.wallMillis(),
                        Optional.empty(), CaseTraffic.NONE, rules, caseDir.getFileName().toString());
            }
        }
        return runner.run(c, caseDir, rules);
    }
}
