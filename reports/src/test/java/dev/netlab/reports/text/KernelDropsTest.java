package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.NotRelayed;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.ResultsWriter;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UDP consistency check counts the relay's own drops and the kernel's, and says when the kernel's are unknown. */
class KernelDropsTest {

    /**
     * Ten messages, four lost: the engine dropped one, the relay refused one new client's request
     * (mapping-cap) and the kernel dropped two from full receive buffers.
     */
    private static JsonNode written(Path dir, OptionalLong kernelDrops) throws IOException {
        List<Observation> udp = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long sent = 1_000_000L + i * 10_000_000L;
            udp.add(i < 4 ? Observation.lost(0, i, sent, 32) : Observation.delivered(0, i, sent, 32, i - 4, sent + 5_000_000));
        }
        TransportResult result = new TransportResult(Transport.UDP, udp, TransportSummary.of(udp, Long.MAX_VALUE),
                new LedgerCounters(Map.of(Action.DROPPED, 1L), Map.of()), 0, 0, Optional.empty(), List.of(),
                TransportTiming.UNKNOWN, new NotRelayed(1, kernelDrops));
        RunResult run = new RunResult(ScenarioLoader.load("k.yaml", """
                name: k
                seed: 7
                traffic: {profile: game, clients: 1, interval: 10ms, duration: 100ms}
                link: {loss: 10%}
                """), Map.of(Transport.UDP, result), false);
        ResultsWriter.write(run, dir);
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("transports").path("udp");
    }

    private static String explainedCell(Path dir) throws IOException {
        RunResults r = ResultsReader.read(dir);
        return SummaryTable.cells(r).stream().filter(c -> c.get(0).equals("losses explained by the relay's ledger"))
                .findFirst().orElseThrow().get(3);
    }

    @Test
    void theKernelsDropsExplainTheLossesTheLedgerCannotSee(@TempDir Path dir) throws IOException {
        JsonNode udp = written(dir, OptionalLong.of(2));
        // 1 engine drop + 1 relay drop + 2 kernel drops = the 4 lost: the books balance only with the kernel's count.
        assertEquals(1, udp.path("ledger").path("relayDrops").asLong());
        assertEquals(2, udp.path("consistency").path("kernelDrops").asLong());
        assertEquals(4, udp.path("consistency").path("lostExplainedByLedger").asLong());
        assertTrue(udp.path("consistency").path("ok").asBoolean());
        assertEquals("yes (4), 2 dropped by the kernel", explainedCell(dir));
    }

    @Test
    void whereTheSystemDoesNotSayTheKernelsDropsAreUnknownAndNotCounted(@TempDir Path dir) throws IOException {
        JsonNode udp = written(dir, OptionalLong.empty());
        JsonNode consistency = udp.path("consistency");
        assertTrue(consistency.has("kernelDrops") && consistency.get("kernelDrops").isNull());
        assertEquals(2, consistency.path("lostExplainedByLedger").asLong());
        assertFalse(consistency.path("ok").asBoolean(), "two losses are unexplained");
        assertTrue(consistency.path("explanation").asText().contains("kernel's socket buffers are unknown"));
        assertEquals("NO (2), kernel drops unknown", explainedCell(dir));
    }
}
