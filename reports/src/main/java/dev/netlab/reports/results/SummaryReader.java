package dev.netlab.reports.results;

import static dev.netlab.core.result.SummaryKeys.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.theory.Expectation;
import dev.netlab.core.metrics.ClientShares;
import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Files;
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
 * Reads {@code summary.json} (keys in {@link dev.netlab.core.result.SummaryKeys}): the scenario
 * and each transport's measured summary. A missing file, a missing object or a value of the wrong
 * kind is a {@link ResultsFormatException} naming the key.
 */
final class SummaryReader {

    private SummaryReader() {
    }

    /** The parsed top-level object of {@code dir}'s summary.json. */
    static JsonNode root(Path dir) throws IOException {
        Path summaryFile = dir.resolve(ResultsLayout.SUMMARY_JSON);
        if (!Files.exists(summaryFile)) {
            throw new ResultsFormatException("summary.json is missing from " + dir);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(summaryFile.toFile());
        } catch (JsonProcessingException e) {
            // Jackson gives no location for some refusals (nesting deeper than it allows, for one).
            // The parser's own words ("Unexpected end-of-input within/between Object entries") say little to a reader.
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String why = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")
                    ? "it ends too early (cut short while being written or copied)"
                    : "it was edited or damaged";
            throw new ResultsFormatException("summary.json is not valid JSON" + where + ": " + why
                    + "; restore the file from the run as written", e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultsFormatException("summary.json: expected a JSON object");
        }
        return root;
    }

    static ScenarioInfo scenario(JsonNode root) throws ResultsFormatException {
        JsonNode s = required(root, SCENARIO);
        List<PhaseSpan> phases = new ArrayList<>();
        int i = 0;
        for (JsonNode p : s.path(PHASES)) {
            String where = "scenario.phases[" + i++ + "]";
            try {
                phases.add(new PhaseSpan(p.path(NAME).asText("phase " + i), number(p, FROM_MS, where),
                        number(p, TO_MS, where)));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException("summary.json: " + where + ": " + e.getMessage());
            }
        }
        JsonNode th = s.path(THEORY);
        double inflation = optional(th, VARIANCE_INFLATION); // results written before it existed: independent
        Expectation expected = new Expectation(optional(th, UPLINK_LOSS_RATE), optional(th, DOWNLINK_LOSS_RATE),
                optional(th, ROUND_TRIP_LOSS_RATE), Double.isNaN(inflation) ? 1 : inflation, optional(th, MEAN_RTT_MS));
        return new ScenarioInfo(requiredText(s, NAME, "scenario"), s.path(DESCRIPTION).asText(""),
                (long) number(s, SEED, "scenario"), s.path(PROFILE).asText(""), s.path(CLIENTS).asInt(1),
                optional(s, DURATION_MS), optional(s, DEADLINE_MS), settings(s.path(UPLINK)),
                settings(s.path(DOWNLINK)), phases, expected, concurrent(s.path(CONCURRENT)));
    }

    /** Each transport's own traffic of a concurrent run; empty for a run in turn (and in files written before). */
    private static Map<Transport, TrafficInfo> concurrent(JsonNode each) throws ResultsFormatException {
        Map<Transport, TrafficInfo> out = new EnumMap<>(Transport.class);
        for (Iterator<String> names = each.isObject() ? each.fieldNames() : java.util.Collections.emptyIterator();
                names.hasNext();) {
            String name = names.next();
            JsonNode t = each.get(name);
            try {
                out.put(Transport.parse(name), new TrafficInfo(t.path(PROFILE).asText(""), t.path(CLIENTS).asInt(1),
                        optional(t, DURATION_MS), optional(t, DEADLINE_MS)));
            } catch (IllegalArgumentException e) {
                throw new ResultsFormatException("summary.json: scenario.concurrent." + name + ": " + e.getMessage());
            }
        }
        return out;
    }

    static Map<Transport, MeasuredSummary> summaries(JsonNode root) throws ResultsFormatException {
        Map<Transport, MeasuredSummary> summaries = new EnumMap<>(Transport.class);
        JsonNode transports = required(root, TRANSPORTS);
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
        return summaries;
    }

    static boolean partial(JsonNode root) {
        return root.path(PARTIAL).asBoolean(false);
    }

    /** Whether the summary was rebuilt from the files of a killed run; false in files written before it was known. */
    static boolean interrupted(JsonNode root) {
        return root.path(INTERRUPTED).asBoolean(false);
    }

    private static Map<String, String> settings(JsonNode link) {
        Map<String, String> settings = new LinkedHashMap<>();
        link.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        return settings;
    }

    private static MeasuredSummary summary(JsonNode t, String where) throws ResultsFormatException {
        JsonNode rtt = t.path(RTT_MS);
        JsonNode ci = t.path(DELIVERY_RATIO_CI95);
        boolean hasCi = ci.isArray() && ci.size() == 2;
        long delivered = (long) number(t, DELIVERED, where);
        SampleSummary rttMs = new SampleSummary((int) delivered, optional(rtt, P50), optional(rtt, P90),
                optional(rtt, P99), optional(rtt, MAX), optional(rtt, MEAN));
        JsonNode consistency = t.path(CONSISTENCY);
        return new MeasuredSummary((long) number(t, SENT, where), delivered, (long) number(t, LOST, where),
                t.path(DUPLICATES).asLong(0), t.path(REORDERED).asLong(0), optional(t, DELIVERY_RATIO),
                hasCi && ci.get(0).isNumber() ? ci.get(0).asDouble() : Double.NaN,
                hasCi && ci.get(1).isNumber() ? ci.get(1).asDouble() : Double.NaN,
                optional(t, ON_TIME_RATIO), rttMs, optional(t, JITTER_MS), t.path(REORDER_EXTENT_MAX).asInt(0),
                optional(t, GOODPUT_BPS), optionalWhole(t, RETRANSMISSIONS), optionalWhole(t, TIMEOUTS),
                t.has(HOL_WAIT_MS) ? optional(t, HOL_WAIT_MS) : optional(t, STALL_MS), optional(t, HANDSHAKE_MS),
                optional(t, LONGEST_HOL_WAIT_MS), optional(t, TIMEOUT_WAIT_MS), causes(t.get(RETRANSMISSION_CAUSES)),
                optionalWhole(consistency, LOST_EXPLAINED_BY_LEDGER), consistency.path(OK).asBoolean(true),
                timing(t), optionalWhole(consistency, KERNEL_DROPS), shares(t));
    }

    /** Each client's goodput (null where not a number) and the index; {@link MeasuredSummary#NO_SHARES} in older files. */
    private static ClientShares shares(JsonNode t) {
        JsonNode list = t.path(CLIENT_GOODPUT_BPS);
        if (!list.isArray()) {
            return MeasuredSummary.NO_SHARES;
        }
        List<Double> rates = new ArrayList<>();
        list.forEach(n -> rates.add(n.isNumber() ? n.asDouble() : Double.NaN));
        return new ClientShares(rates, optional(t, JAIN_INDEX));
    }

    /** The timing object and the in-flight count; {@link TransportTiming#UNKNOWN}'s values where absent (older files). */
    private static TransportTiming timing(JsonNode t) {
        JsonNode timing = t.path(TIMING);
        return new TransportTiming(optional(t, SENDING_MS), t.path(IN_FLIGHT).asLong(0),
                error(timing.path(RELAY_LATE_MS)), error(timing.path(PACING_MS)), t.path(WAIT_CAP_REACHED).asBoolean(false));
    }

    private static TimingError error(JsonNode e) {
        long count = e.path(COUNT).asLong(0);
        return count == 0 ? TimingError.NONE : new TimingError(count, optional(e, P50), optional(e, P99), optional(e, MAX));
    }

    /** The causes object, or empty for UDP and for files written before issue 11. */
    private static Optional<TcpCost.Causes> causes(JsonNode c) {
        if (c == null || !c.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new TcpCost.Causes(c.path(REPAIRED_DROPS).asLong(0),
                c.path(REPAIRED_LOST_RETRANSMISSIONS).asLong(0), c.path(SPURIOUS_FAST).asLong(0),
                c.path(SPURIOUS_TIMEOUTS).asLong(0), c.path(LOST_TRANSMISSIONS).asLong(0),
                c.path(NEEDLESS_LOSSES).asLong(0)));
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
