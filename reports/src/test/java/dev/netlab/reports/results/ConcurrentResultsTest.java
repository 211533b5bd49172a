package dev.netlab.reports.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentResultsTest {

    @Test
    void eachTransportsOwnTrafficIsWrittenUnderConcurrentAndReadBack(@TempDir Path dir) throws IOException {
        // 3 UDP clients of cbr and 2 TCP clients of bulk: written per transport, read per transport.
        ConcurrentFixture.write(dir, 3, 2);
        JsonNode scenario = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("scenario");
        assertEquals("cbr", scenario.get("profile").asText(), "the top-level keys stay the first transport's");
        assertEquals(2, scenario.get("concurrent").get("tcp").get("clients").asInt());
        assertEquals("bulk", scenario.get("concurrent").get("tcp").get("profile").asText());
        ScenarioInfo read = ResultsReader.read(dir).scenario();
        assertTrue(read.isConcurrent());
        assertEquals(new TrafficInfo("cbr", 3, 10_000.0, Double.NaN), read.traffic(Transport.UDP));
        assertEquals("bulk", read.traffic(Transport.TCP).profile());
        assertEquals(2, read.traffic(Transport.TCP).clients());
        assertEquals(3, read.mostClients());
        assertEquals("UDP's 3 clients and TCP's 2 clients", read.clientWords());
    }

    @Test
    void eachTransportsClientSharesCountItsOwnClients(@TempDir Path dir) throws IOException {
        // Counted with UDP's 3 clients, TCP's 2 would show a third client with nothing; with TCP's own, two equal shares.
        RunResults r = ResultsReader.read(ConcurrentFixture.write(dir, 3, 2));
        assertEquals(3, r.summaries().get(Transport.UDP).clientShares().goodputBps().size());
        assertEquals(2, r.summaries().get(Transport.TCP).clientShares().goodputBps().size());
        assertEquals(1.0, r.summaries().get(Transport.TCP).clientShares().jainIndex(), 1e-3);
    }

    @Test
    void aRunInTurnHasNoConcurrentKey(@TempDir Path dir) throws IOException {
        Path results = ResultsFixture.write(dir, true);
        assertTrue(!Files.readString(results.resolve("summary.json")).contains("concurrent"));
        assertTrue(!ResultsReader.read(results).scenario().isConcurrent());
    }
}
