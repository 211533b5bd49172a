package dev.netlab.reports.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.ScenarioWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a run's results directory: {@code scenario.yaml}, {@code summary.json},
 * {@code messages.csv} and {@code cwnd.csv} (the ledger is streamed during the run). The format is
 * in docs/results.md; the names and columns are {@link ResultsLayout}'s and {@link ResultsCsv}'s.
 */
public final class ResultsWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsWriter() {
    }

    /** Writes every file but the ledger into {@code dir}, which must exist. */
    public static void write(RunResult run, Path dir) throws IOException {
        Files.writeString(dir.resolve(ResultsLayout.SCENARIO_YAML), ScenarioWriter.toYaml(run.scenario()), StandardCharsets.UTF_8);
        JSON.writeValue(dir.resolve(ResultsLayout.SUMMARY_JSON).toFile(), SummaryJson.of(run));
        writeMessages(run, dir.resolve(ResultsCsv.MESSAGES.fileName()));
        writeCwnd(run, dir.resolve(ResultsCsv.CWND.fileName()));
    }

    private static void writeMessages(RunResult run, Path file) throws IOException {
        long deadlineNanos = run.scenario().traffic().deadline().map(d -> d.toNanos()).orElse(-1L);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ResultsCsv.MESSAGES.header() + "\n");
            for (TransportResult r : run.transports().values()) {
                for (Observation o : r.observations()) {
                    out.write(r.transport().label() + "," + o.client() + "," + o.seq() + "," + o.payloadBytes() + ","
                            + ms(o.sendNanos()) + ",");
                    if (o.arrival().isPresent()) {
                        long received = o.arrival().get().receiveNanos();
                        long rtt = received - o.sendNanos();
                        out.write(ms(received) + "," + ms(rtt) + "," + o.duplicates() + "," + o.arrival().get().index() + ","
                                + (deadlineNanos < 0 ? "" : String.valueOf(rtt > deadlineNanos)));
                    } else {
                        out.write(",,0,,");
                    }
                    out.write("\n");
                }
            }
        }
    }

    private static void writeCwnd(RunResult run, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ResultsCsv.CWND.header() + "\n");
            for (TransportResult r : run.transports().values()) {
                for (CwndPoint p : r.cwnd()) {
                    out.write(r.transport().label() + "," + p.client() + "," + p.direction().label() + ","
                            + String.format(Locale.ROOT, "%.3f", p.timeMs()) + "," + p.cwndBytes() + "\n");
                }
            }
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
