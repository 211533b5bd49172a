package dev.netlab.reports.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a results directory (docs/results.md) into {@link RunResults}. {@code summary.json} and
 * {@code messages.csv} are required; {@code cwnd.csv} and {@code scenario.yaml} are optional.
 * Anything missing or malformed is a {@link ResultsFormatException} naming the file and line. The
 * file names and columns are {@link ResultsLayout}'s and {@link ResultsCsv}'s.
 */
public final class ResultsReader {

    private ResultsReader() {
    }

    /** Reads the directory. */
    public static RunResults read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ResultsFormatException("not a results directory: " + dir);
        }
        JsonNode root = SummaryReader.root(dir);
        ScenarioInfo scenario = SummaryReader.scenario(root);
        Map<Transport, MeasuredSummary> summaries = SummaryReader.summaries(root);
        List<MessageRow> messages = messages(dir.resolve(ResultsCsv.MESSAGES.fileName()));
        Path cwndFile = dir.resolve(ResultsCsv.CWND.fileName());
        boolean cwndPresent = Files.exists(cwndFile);
        List<CwndPoint> cwnd = cwndPresent ? cwnd(cwndFile) : List.of();
        Optional<String> yaml;
        try {
            yaml = Optional.of(Files.readString(dir.resolve(ResultsLayout.SCENARIO_YAML), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            yaml = Optional.empty();
        }
        return new RunResults(scenario, SummaryReader.partial(root), summaries, messages, cwnd, cwndPresent, yaml,
                SummaryReader.interrupted(root));
    }

    private static List<MessageRow> messages(Path file) throws IOException {
        return rows(CsvTable.read(file, ResultsCsv.MESSAGES.columns()));
    }

    /** The rows of a {@code messages.csv} table; {@link RunRebuild} reads them too. */
    static List<MessageRow> rows(CsvTable csv) throws ResultsFormatException {
        List<MessageRow> rows = new ArrayList<>(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            Transport transport = transport(csv, r);
            String late = csv.text(r, "late");
            MessageRow.Timeliness timeliness = switch (late) {
                case "true" -> MessageRow.Timeliness.LATE;
                case "false" -> MessageRow.Timeliness.ON_TIME;
                case "" -> MessageRow.Timeliness.UNKNOWN;
                default -> throw csv.bad(r, "late", "true, false or empty", late);
            };
            rows.add(new MessageRow(transport, (int) csv.whole(r, "client"), csv.whole(r, "seq"),
                    (int) csv.whole(r, "size_bytes"), csv.decimal(r, "sent_ms"), csv.optionalDecimal(r, "received_ms"),
                    csv.optionalDecimal(r, "rtt_ms"), (int) csv.whole(r, "duplicates"),
                    csv.optionalWhole(r, "arrival_index"), timeliness));
        }
        return rows;
    }

    /** TCP's rows: UDP has no congestion window. */
    private static List<CwndPoint> cwnd(Path file) throws IOException {
        CsvTable csv = CsvTable.read(file, ResultsCsv.CWND.columns());
        List<CwndPoint> points = new ArrayList<>(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            if (transport(csv, r) == Transport.TCP) {
                points.add(new CwndPoint((int) csv.whole(r, "client"), direction(csv, r), csv.decimal(r, "time_ms"),
                        csv.whole(r, "cwnd_bytes")));
            }
        }
        return points;
    }

    /** The {@code transport} cell of a row; {@link SweepCsv} reads it too. */
    static Transport transport(CsvTable csv, int row) throws ResultsFormatException {
        String text = csv.text(row, "transport");
        try {
            return Transport.parse(text);
        } catch (IllegalArgumentException e) {
            throw csv.bad(row, "transport", "udp or tcp", text);
        }
    }

    private static Direction direction(CsvTable csv, int row) throws ResultsFormatException {
        String text = csv.text(row, "direction");
        for (Direction d : Direction.values()) {
            if (d.label().equals(text)) {
                return d;
            }
        }
        throw csv.bad(row, "direction", "uplink or downlink", text);
    }
}
