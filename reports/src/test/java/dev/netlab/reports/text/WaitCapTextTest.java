package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
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

/** A hand-made TCP run that reached its wait cap with three messages unanswered, whose right sentence is known. */
public class WaitCapTextTest {

    private static final String SCENARIO = """
            name: down-for-good
            seed: 7
            traffic: {profile: chat, clients: 1, duration: 3s}
            transports: [tcp]
            """;

    /** Three delivered, three not delivered before the run ended (in flight), none lost. */
    public static RunResult cappedRun() {
        Scenario scenario = ScenarioLoader.load("down-for-good.yaml", SCENARIO);
        List<Observation> seen = List.of(Observation.delivered(0, 0, 0, 80, 0, 1_000_000),
                Observation.delivered(0, 1, 500_000_000, 80, 1, 501_000_000),
                Observation.delivered(0, 2, 1_000_000_000, 80, 2, 1_001_000_000));
        TcpCost cost = TcpCost.of(List.of(), 1.0);
        TransportTiming timing = new TransportTiming(2500, 3, TimingError.NONE, TimingError.NONE, true);
        TransportResult r = new TransportResult(Transport.TCP, seen, TransportSummary.of(seen, Long.MAX_VALUE),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.of(cost), List.of(), timing);
        return new RunResult(scenario, Map.of(Transport.TCP, r), false);
    }

    @Test
    void aRunAtTheWaitCapSaysItsMessagesWereNotDeliveredBeforeItEndedAndNeverCallsThemLost(@TempDir Path dir)
            throws IOException {
        ResultsWriter.write(cappedRun(), dir);
        JsonNode tcp = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("transports").path("tcp");
        assertTrue(tcp.path("waitCapReached").asBoolean(), tcp.toString());
        assertEquals(List.of(6L, 3L, 0L, 3L), List.of(tcp.path("sent").asLong(), tcp.path("delivered").asLong(),
                tcp.path("lost").asLong(), tcp.path("inFlight").asLong()));
        assertTrue(tcp.path("consistency").path("ok").asBoolean(), tcp.path("consistency").toString());
        RunResults read = ResultsReader.read(dir);
        assertFalse(read.partial(), "the run sent all it planned");
        assertEquals(List.of("TCP reached its wait cap (the drain plus 60 s after its last message) with 3 messages"
                + " not delivered before the run ended: they count as in flight, not lost, and the delivered share,"
                + " round trips and on-time ratio leave them out."), TimingText.partial(read));
        List<String> row = SummaryTable.cells(read).stream()
                .filter(r -> r.get(0).equals("in flight at the end (not delivered, not lost)")).findFirst().orElseThrow();
        assertEquals("3", row.get(3));
    }
}
