package dev.netlab.reports.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.MessageCsvRow;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's results directory: {@code scenario.yaml} first ({@link #writeScenario}, before the
 * run), then at the end {@code messages.csv} (one row per message, replacing the journal the run
 * streamed), {@code cwnd.csv} and, last, {@code summary.json}, whose presence says the run finished
 * (the ledger is streamed during the run). Each file is written beside its place and moved there,
 * so a process killed meanwhile leaves the old file or the new one, never half of one. The format
 * is in docs/results.md; the names and columns are {@link ResultsLayout}'s and {@link ResultsCsv}'s.
 */
public final class ResultsWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsWriter() {
    }

    /** Writes {@code scenario.yaml} into {@code dir}, which must exist: the first file of a run. */
    public static void writeScenario(Scenario scenario, Path dir) throws IOException {
        Path file = dir.resolve(ResultsLayout.SCENARIO_YAML);
        Files.writeString(temporary(file), ScenarioWriter.toYaml(scenario), StandardCharsets.UTF_8);
        replace(file);
    }

    /** Writes every file but the ledger into {@code dir}, which must exist; {@code summary.json} last. */
    public static void write(RunResult run, Path dir) throws IOException {
        if (!Files.exists(dir.resolve(ResultsLayout.SCENARIO_YAML))) {
            writeScenario(run.scenario(), dir);
        }
        writeMessages(run, dir.resolve(ResultsCsv.MESSAGES.fileName()));
        writeCwnd(run, dir.resolve(ResultsCsv.CWND.fileName()));
        writeSummary(SummaryJson.of(run), dir);
    }

    /** Writes {@code summary.json} (as {@link SummaryJson} builds it) beside its place, then moves it there. */
    static void writeSummary(Map<String, Object> summary, Path dir) throws IOException {
        Path file = dir.resolve(ResultsLayout.SUMMARY_JSON);
        JSON.writeValue(temporary(file).toFile(), summary);
        replace(file);
    }

    /** One row per message, in client and sequence order, written beside the journal and moved over it. */
    static void writeMessages(RunResult run, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(temporary(file), StandardCharsets.UTF_8)) {
            out.write(ResultsCsv.MESSAGES.header() + "\n");
            for (TransportResult r : run.transports().values()) {
                // A concurrent run's transports have their own traffic, so their own deadline.
                long deadlineNanos = run.scenario().traffic(r.transport()).deadline().map(d -> d.toNanos()).orElse(-1L);
                for (Observation o : r.observations()) {
                    out.write(o.arrival().isEmpty()
                            ? MessageCsvRow.unanswered(r.transport(), o.client(), o.seq(), o.payloadBytes(), o.sendNanos())
                            : MessageCsvRow.answered(r.transport(), o.client(), o.seq(), o.payloadBytes(), o.sendNanos(),
                                    o.arrival().get().receiveNanos(), o.duplicates(), o.arrival().get().index(),
                                    deadlineNanos));
                    out.write("\n");
                }
            }
        }
        replace(file);
    }

    private static void writeCwnd(RunResult run, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(temporary(file), StandardCharsets.UTF_8)) {
            out.write(ResultsCsv.CWND.header() + "\n");
            for (TransportResult r : run.transports().values()) {
                for (CwndPoint p : r.cwnd()) {
                    out.write(r.transport().label() + "," + p.client() + "," + p.direction().label() + ","
                            + String.format(Locale.ROOT, "%.3f", p.timeMs()) + "," + p.cwndBytes() + "\n");
                }
            }
        }
        replace(file);
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }

    /** Moves the finished temporary file over {@code file} in one step where the file system can. */
    private static void replace(Path file) throws IOException {
        try {
            Files.move(temporary(file), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temporary(file), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
