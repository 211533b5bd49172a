package dev.netlab.reports.results;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.RunWaits;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds {@code summary.json} of a run that was killed before it wrote it (docs/results.md,
 * "What a run leaves when it is killed"), from what the run streamed: {@code scenario.yaml},
 * {@code messages.csv} (a row when each message was sent, another when its reply came) and
 * {@code ledger.csv}. The summary is marked interrupted and partial; {@code messages.csv} is
 * rewritten with one row per message, as a finished run leaves it.
 *
 * <p>A message without a reply is in flight, not lost, when it was sent within the transport's
 * in-flight window before the last thing the transport recorded, as for a run stopped with Ctrl-C:
 * for TCP every unanswered message (TCP never gives up), for UDP those sent within its drain. A
 * transport followed by another in the file had finished: its unanswered messages are lost.
 */
public final class RunRebuild {

    private static final String RELAY_CAP_REASON = "relay-queue-cap";

    /**
     * What the rebuild found.
     *
     * @param run                 the run as rebuilt
     * @param partialLinesDropped torn last lines left out of messages.csv and ledger.csv (0 to 2)
     */
    public record Rebuilt(RunResult run, int partialLinesDropped) {
    }

    private RunRebuild() {
    }

    /** Whether {@code dir} holds a run that was killed: its files, but no {@code summary.json}. */
    public static boolean needed(Path dir) {
        return Files.isDirectory(dir) && !Files.exists(dir.resolve(ResultsLayout.SUMMARY_JSON))
                && Files.exists(dir.resolve(ResultsCsv.MESSAGES.fileName()));
    }

    /** Rebuilds {@code summary.json} and {@code messages.csv} in {@code dir}. */
    public static Rebuilt rebuild(Path dir) throws IOException {
        Scenario scenario = scenario(dir);
        WholeLines messages = WholeLines.read(dir.resolve(ResultsCsv.MESSAGES.fileName()));
        WholeLines ledger = WholeLines.read(dir.resolve(ResultsCsv.LEDGER.fileName()));
        Map<Transport, Map<String, MessageRow>> rows = messages(messages);
        Map<Transport, long[][]> counts = ledger(ledger);
        Map<Transport, TransportResult> transports = new LinkedHashMap<>();
        List<Transport> ran = scenario.transports().stream().filter(rows::containsKey).toList();
        for (Transport t : ran) {
            // Transports that ran at once (concurrent) were all still going when the run was killed.
            boolean last = scenario.isConcurrent() || t == ran.get(ran.size() - 1);
            transports.put(t, transport(scenario, t, rows.get(t).values(), counts.get(t), last));
        }
        if (transports.isEmpty()) {
            throw new ResultsFormatException("messages.csv holds no message: the run was killed before it sent"
                    + " any, so there is nothing to report");
        }
        RunResult run = new RunResult(scenario, transports, true);
        int dropped = (messages.partialLastLine() ? 1 : 0) + (ledger.partialLastLine() ? 1 : 0);
        ResultsWriter.writeMessages(run, dir.resolve(ResultsCsv.MESSAGES.fileName()));
        ResultsWriter.writeSummary(SummaryJson.of(run, true, dropped), dir);
        return new Rebuilt(run, dropped);
    }

    private static Scenario scenario(Path dir) throws ResultsFormatException {
        Path file = dir.resolve(ResultsLayout.SCENARIO_YAML);
        if (!Files.exists(file)) {
            throw new ResultsFormatException("summary.json and scenario.yaml are missing from " + dir
                    + "; the summary cannot be rebuilt without the scenario");
        }
        try {
            return ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            throw new ResultsFormatException("scenario.yaml cannot be read back: " + e.getMessage(), e);
        }
    }

    /** Each transport's messages by client and seq, the row with the reply winning over the row of the send. */
    private static Map<Transport, Map<String, MessageRow>> messages(WholeLines file) throws ResultsFormatException {
        CsvTable csv = CsvTable.parse(ResultsCsv.MESSAGES.fileName(), file.lines(), ResultsCsv.MESSAGES.columns());
        Map<Transport, Map<String, MessageRow>> out = new EnumMap<>(Transport.class);
        for (MessageRow row : ResultsReader.rows(csv)) {
            Map<String, MessageRow> of = out.computeIfAbsent(row.transport(), t -> new LinkedHashMap<>());
            String key = row.client() + "/" + row.seq();
            if (row.delivered() || !of.containsKey(key)) {
                of.put(key, row);
            }
        }
        return out;
    }

    /** Per transport, the ledger's counts as [direction][action]; the relay's own cap drops in the extra last slot. */
    private static Map<Transport, long[][]> ledger(WholeLines file) throws ResultsFormatException {
        List<String> columns = List.of("transport", "direction", "action", "reason");
        CsvTable csv = CsvTable.parse(ResultsCsv.LEDGER.fileName(), file.lines(), columns);
        Map<Transport, long[][]> out = new EnumMap<>(Transport.class);
        for (int r = 0; r < csv.size(); r++) {
            long[][] counts = out.computeIfAbsent(ResultsReader.transport(csv, r),
                    t -> new long[Direction.values().length][Action.values().length + 1]);
            int direction = label(csv, r, "direction", Direction.values(), Direction::label).ordinal();
            Action action = label(csv, r, "action", Action.values(), Action::label);
            boolean relayCap = RELAY_CAP_REASON.equals(csv.text(r, "reason"));
            counts[direction][relayCap ? Action.values().length : action.ordinal()]++;
        }
        return out;
    }

    private static <E> E label(CsvTable csv, int row, String column, E[] values, java.util.function.Function<E, String> label)
            throws ResultsFormatException {
        String text = csv.text(row, column);
        for (E value : values) {
            if (label.apply(value).equals(text)) {
                return value;
            }
        }
        throw csv.bad(row, column, "one of " + java.util.Arrays.stream(values).map(label).toList(), text);
    }

    private static TransportResult transport(Scenario s, Transport t, java.util.Collection<MessageRow> rows,
            long[][] counts, boolean last) {
        long endNanos = 0;
        long lastSentNanos = 0;
        for (MessageRow row : rows) {
            lastSentNanos = Math.max(lastSentNanos, nanos(row.sentMs()));
            endNanos = Math.max(endNanos, row.delivered() ? nanos(row.arrivalMs()) : nanos(row.sentMs()));
        }
        long window = t == Transport.TCP ? Long.MAX_VALUE : RunWaits.udp(s).toNanos();
        long inFlightFrom = last ? endNanos - window : Long.MAX_VALUE; // an earlier transport had finished
        List<Observation> observations = new ArrayList<>();
        long inFlight = 0;
        for (MessageRow row : rows) {
            long sent = nanos(row.sentMs());
            if (row.delivered()) {
                observations.add(Observation.delivered(row.client(), row.seq(), sent, row.sizeBytes(),
                        row.arrivalIndex().orElse(0), nanos(row.arrivalMs())));
            } else if (sent >= inFlightFrom) {
                inFlight++;
            } else {
                observations.add(Observation.lost(row.client(), row.seq(), sent, row.sizeBytes()));
            }
        }
        observations.sort(Comparator.comparingInt(Observation::client).thenComparingLong(Observation::seq));
        long deadline = s.traffic(t).deadline().map(Duration::toNanos).orElse(Long.MAX_VALUE);
        double sendingMs = Math.min(lastSentNanos, s.traffic(t).sendingTime().toNanos()) / 1e6;
        TransportTiming timing = new TransportTiming(sendingMs, inFlight, TimingError.NONE, TimingError.NONE);
        long[][] c = counts == null ? new long[Direction.values().length][Action.values().length + 1] : counts;
        return new TransportResult(t, observations, TransportSummary.of(observations, deadline), counters(c),
                c[0][Action.values().length] + c[1][Action.values().length], 0, Optional.empty(), List.of(), timing);
    }

    private static LedgerCounters counters(long[][] counts) {
        Map<Action, Long> up = new EnumMap<>(Action.class);
        Map<Action, Long> down = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            up.put(a, counts[Direction.UPLINK.ordinal()][a.ordinal()]);
            down.put(a, counts[Direction.DOWNLINK.ordinal()][a.ordinal()]);
        }
        return new LedgerCounters(up, down);
    }

    private static long nanos(double ms) {
        return Math.round(ms * 1e6);
    }
}
