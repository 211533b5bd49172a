package dev.netlab.reports;

import dev.netlab.core.scenario.Transport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.metrics.SampleSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a results directory (docs/results.md) into {@link RunResults}. {@code summary.json} and
 * {@code messages.csv} are required; {@code cwnd.csv} and {@code scenario.yaml} are optional.
 * Anything missing or malformed is a {@link ResultsFormatException} naming the file and line.
 */
public final class ResultsReader {

    /** The columns {@code messages.csv} must have. */
    public static final List<String> MESSAGE_COLUMNS = List.of("transport", "client", "seq", "size_bytes", "sent_ms",
            "received_ms", "rtt_ms", "duplicates", "arrival_index", "late");
    /** The columns {@code cwnd.csv} must have. */
    public static final List<String> CWND_COLUMNS = List.of("transport", "client", "direction", "time_ms", "cwnd_bytes");

    private ResultsReader() {
    }

    /** Reads the directory. */
    public static RunResults read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ResultsFormatException("not a results directory: " + dir);
        }
        Path summaryFile = dir.resolve("summary.json");
        if (!Files.exists(summaryFile)) {
            throw new ResultsFormatException("summary.json is missing from " + dir);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(summaryFile.toFile());
        } catch (JsonProcessingException e) {
            throw new ResultsFormatException("summary.json line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultsFormatException("summary.json: expected a JSON object");
        }
        ScenarioInfo scenario = scenario(required(root, "scenario"));
        Map<Transport, MeasuredSummary> summaries = new EnumMap<>(Transport.class);
        JsonNode transports = required(root, "transports");
        for (Iterator<String> names = transports.fieldNames(); names.hasNext();) {
            String name = names.next();
            Transport t;
            try {
                t = Transport.parse(name);
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException("summary.json: transports." + name + ": " + e.getMessage());
            }
            summaries.put(t, summary(transports.get(name), "transports." + name));
        }
        if (summaries.isEmpty()) {
            throw new ResultsFormatException("summary.json: transports is empty; expected udp and/or tcp");
        }
        List<MessageRow> messages = messages(dir.resolve("messages.csv"));
        Path cwndFile = dir.resolve("cwnd.csv");
        boolean cwndPresent = Files.exists(cwndFile);
        List<CwndPoint> cwnd = cwndPresent ? cwnd(cwndFile) : List.of();
        Optional<String> yaml;
        try {
            yaml = Optional.of(Files.readString(dir.resolve("scenario.yaml"), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            yaml = Optional.empty();
        }
        return new RunResults(scenario, root.path("partial").asBoolean(false), summaries, messages, cwnd, cwndPresent,
                yaml);
    }

    private static ScenarioInfo scenario(JsonNode s) throws ResultsFormatException {
        List<Phase> phases = new ArrayList<>();
        int i = 0;
        for (JsonNode p : s.path("phases")) {
            String where = "scenario.phases[" + i++ + "]";
            try {
                phases.add(new Phase(p.path("name").asText("phase " + i), number(p, "fromMs", where),
                        number(p, "toMs", where)));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException("summary.json: " + where + ": " + e.getMessage());
            }
        }
        JsonNode th = s.path("theory");
        Theory theory = new Theory(optional(th, "uplinkLossRate"), optional(th, "downlinkLossRate"),
                optional(th, "roundTripLossRate"), optional(th, "meanRttMs"));
        return new ScenarioInfo(requiredText(s, "name", "scenario"), s.path("description").asText(""),
                (long) number(s, "seed", "scenario"), s.path("profile").asText(""), s.path("clients").asInt(1),
                optional(s, "durationMs"), optional(s, "deadlineMs"), settings(s.path("uplink")),
                settings(s.path("downlink")), phases, theory);
    }

    private static Map<String, String> settings(JsonNode link) {
        Map<String, String> settings = new LinkedHashMap<>();
        link.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        return settings;
    }

    private static MeasuredSummary summary(JsonNode t, String where) throws ResultsFormatException {
        JsonNode rtt = t.path("rttMs");
        JsonNode ci = t.path("deliveryRatioCi95");
        long delivered = (long) number(t, "delivered", where);
        SampleSummary rttMs = new SampleSummary((int) delivered, optional(rtt, "p50"), optional(rtt, "p90"),
                optional(rtt, "p99"), optional(rtt, "max"), optional(rtt, "mean"));
        JsonNode consistency = t.path("consistency");
        return new MeasuredSummary((long) number(t, "sent", where), delivered, (long) number(t, "lost", where),
                t.path("duplicates").asLong(0), t.path("reordered").asLong(0), optional(t, "deliveryRatio"),
                ci.isArray() && ci.size() == 2 && ci.get(0).isNumber() ? ci.get(0).asDouble() : Double.NaN,
                ci.isArray() && ci.size() == 2 && ci.get(1).isNumber() ? ci.get(1).asDouble() : Double.NaN,
                optional(t, "onTimeRatio"), rttMs, optional(t, "jitterMs"), t.path("reorderExtentMax").asInt(0),
                optional(t, "goodputBps"), optionalWhole(t, "retransmissions"), optionalWhole(t, "timeouts"),
                optional(t, "stallMs"), optional(t, "handshakeMs"),
                optionalWhole(consistency, "lostExplainedByLedger"), consistency.path("ok").asBoolean(true));
    }

    private static List<MessageRow> messages(Path file) throws IOException {
        CsvTable csv = CsvTable.read(file, MESSAGE_COLUMNS);
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

    private static List<CwndPoint> cwnd(Path file) throws IOException {
        CsvTable csv = CsvTable.read(file, CWND_COLUMNS);
        List<CwndPoint> points = new ArrayList<>(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            points.add(new CwndPoint(transport(csv, r), (int) csv.whole(r, "client"), csv.text(r, "direction"),
                    csv.decimal(r, "time_ms"), csv.whole(r, "cwnd_bytes")));
        }
        return points;
    }

    private static Transport transport(CsvTable csv, int row) throws ResultsFormatException {
        String text = csv.text(row, "transport");
        try {
            return Transport.parse(text);
        } catch (IllegalArgumentException e) {
            throw csv.bad(row, "transport", "udp or tcp", text);
        }
    }

    private static JsonNode required(JsonNode node, String field) throws ResultsFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new ResultsFormatException("summary.json: missing object '" + field + "'");
        }
        return value;
    }

    private static String requiredText(JsonNode node, String field, String where) throws ResultsFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new ResultsFormatException("summary.json: " + where + "." + field + " must be text");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where) throws ResultsFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new ResultsFormatException("summary.json: " + where + "." + field + " must be a number"
                    + (value == null ? " (missing)" : ": " + value));
        }
        return value.asDouble();
    }

    private static double optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : Double.NaN;
    }

    private static OptionalLong optionalWhole(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }
}
