package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.ResultsWriter;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingTextTest {

    private static final String SCENARIO = """
            name: stopped
            seed: 7
            traffic: {profile: game, clients: 1, interval: 10ms, duration: 1s}
            link: {loss: 10%, delay: 5ms}
            """;

    /**
     * A UDP run stopped at 0.5 s of its planned 1 s: one message delivered, one lost, two in flight,
     * and the ledger holding three drops (the lost one's and two of the in-flight ones').
     */
    private static RunResult stopped(TransportTiming timing) {
        Scenario scenario = ScenarioLoader.load("stopped.yaml", SCENARIO);
        List<Observation> udp = List.of(Observation.delivered(0, 0, 1_000_000, 32, 0, 11_500_000),
                Observation.lost(0, 1, 11_000_000, 32));
        LedgerCounters ledger = new LedgerCounters(Map.of(Action.DROPPED, 3L), Map.of());
        TransportResult r = new TransportResult(Transport.UDP, udp, TransportSummary.of(udp, Long.MAX_VALUE), ledger, 0,
                0, Optional.empty(), List.of(), timing);
        return new RunResult(scenario, Map.of(Transport.UDP, r), true);
    }

    private static final TimingError QUIET = new TimingError(100, 0.01, 0.05, 0.2);
    private static final TimingError LATE = new TimingError(100, 0.5, 7.2, 30);

    @Test
    void aStoppedRunCountsItsInFlightMessagesApartAndItsBooksStillBalance(@TempDir Path dir) throws IOException {
        // 2 in flight: sent counts them (4), lost does not (1), and the ledger's 3 drops fit within lost + in flight.
        ResultsWriter.write(stopped(new TransportTiming(500, 2, QUIET, QUIET)), dir);
        JsonNode udp = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("transports").path("udp");
        assertEquals(4, udp.path("sent").asLong());
        assertEquals(1, udp.path("lost").asLong());
        assertEquals(2, udp.path("inFlight").asLong());
        assertEquals(0.5, udp.path("deliveryRatio").asDouble(), 1e-12, "in-flight messages are not in the denominator");
        assertEquals(500.0, udp.path("sendingMs").asDouble());
        assertTrue(udp.path("consistency").path("ok").asBoolean(), udp.path("consistency").toString());
    }

    @Test
    void theReportSaysHowLongTheStoppedRunReallySentAndWhatWasInFlight(@TempDir Path dir) throws IOException {
        ResultsWriter.write(stopped(new TransportTiming(500, 2, QUIET, QUIET)), dir);
        RunResults read = ResultsReader.read(dir);
        assertEquals(List.of("This run was stopped early (Ctrl-C), against the planned 1.0 s per transport: UDP sent"
                + " for 0.5 s and had 2 messages in flight at the stop, counted neither delivered nor lost."),
                TimingText.partial(read));
    }

    @Test
    void aQuietHostIsSaidToMeasureTheLinkAndItsFiguresAreNotMarked(@TempDir Path dir) throws IOException {
        ResultsWriter.write(stopped(new TransportTiming(500, 0, QUIET, QUIET)), dir);
        RunResults read = ResultsReader.read(dir);
        assertEquals(List.of("UDP: the relay's timer fired 0.01 ms late at the median, 0.05 ms at p99 and 0.20 ms at"
                + " most over 100 releases; the clients sent 0.01 ms late at the median, 0.05 ms at p99 and 0.20 ms at"
                + " most over 100 messages. Both are below the 5 ms p99 threshold: UDP's round trips measure the link,"
                + " not the host."), TimingText.sentences(read));
        assertTrue(SummaryTable.cells(read).stream().noneMatch(row -> String.join(" ", row).contains("disturbed")));
    }

    @Test
    void aLateTimerMarksTheTimingFiguresDisturbedAndSaysWhy(@TempDir Path dir) throws IOException {
        // Only the relay's timer is late (p99 7.2 ms > 5 ms): the sentence names it and not the clients' pacing.
        ResultsWriter.write(stopped(new TransportTiming(500, 0, LATE, QUIET)), dir);
        RunResults read = ResultsReader.read(dir);
        String sentence = TimingText.sentences(read).get(0);
        assertTrue(sentence.endsWith("UDP's RTT, jitter and on-time figures are marked disturbed: the relay's timer"
                + " fired 1% of its deadlines 7.2 ms late or more (p99), above the 5 ms p99 threshold, so part of each"
                + " round trip is the host's own delay, not the link's."), sentence);
        for (String measure : List.of("RTT median (p50)", "RTT p99", "on time", "jitter (RFC 3550)")) {
            List<String> row = SummaryTable.cells(read).stream().filter(r -> r.get(0).equals(measure)).findFirst()
                    .orElseThrow();
            assertTrue(row.get(3).endsWith(SummaryTable.DISTURBED), measure + ": " + row);
        }
    }
}
