package dev.netlab.lab.run;

import dev.netlab.core.result.RunResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.reports.results.ResultsWriter;
import dev.netlab.simulator.run.RunFiles;
import dev.netlab.simulator.run.RunListener;
import dev.netlab.simulator.run.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One lab run from scenario to results directory: writes {@code scenario.yaml} first, runs every
 * transport while streaming {@code ledger.csv} and {@code messages.csv} in whole lines
 * ({@link RunFiles}), then writes the other files, {@code summary.json} last. {@link #stop()} ends it
 * early (Ctrl-C); what was measured is still written, marked partial. A run killed outright leaves
 * the streamed files, from which {@code netlab report} rebuilds the summary.
 */
public final class LabRun {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ScenarioRunner runner;
    private long captureLimitBytes;

    /** A run that tells {@code listener} how it goes. */
    public LabRun(RunListener listener) {
        this.runner = new ScenarioRunner(listener);
    }

    /**
     * Makes the run write {@code capture-udp.pcapng} and {@code capture-tcp.pcapng} into its
     * results directory (docs/capture.md).
     *
     * @param limitBytes each capture's size limit
     * @return this run
     */
    public LabRun capturing(long limitBytes) {
        this.captureLimitBytes = limitBytes;
        return this;
    }

    /** {@code runs/<name>-<yyyyMMdd-HHmmss>}, with a suffix if that exists already. */
    public static Path defaultDirectory(Scenario scenario) {
        Path base = Path.of("runs", scenario.name() + "-" + LocalDateTime.now().format(STAMP));
        Path dir = base;
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of(base + "-" + i);
        }
        return dir;
    }

    /** Runs the scenario and writes its results into {@code dir} (created if needed). */
    public RunResult execute(Scenario scenario, Path dir) throws IOException {
        Files.createDirectories(dir);
        ResultsWriter.writeScenario(scenario, dir);
        RunResult result;
        if (captureLimitBytes > 0) {
            runner.captureInto(dir, captureLimitBytes);
        }
        try (RunFiles files = RunFiles.open(dir)) {
            result = runner.run(scenario, files);
        }
        ResultsWriter.write(result, dir);
        return result;
    }

    /** Ends the run as soon as it can. */
    public void stop() {
        runner.stop();
    }
}
