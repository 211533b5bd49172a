package dev.netlab.lab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("socket")
class LabRunTest {

    /** 2 clients at 100 messages/s for 1.5 s through 5% loss each way: a few seconds per transport. */
    private static final String LOSSY = """
            name: lossy-test
            description: Observe loss.
            seed: 5
            traffic: {profile: game, clients: 2, interval: 10ms, duration: 1.5s}
            link: {loss: 5%, delay: 5ms}
            drain: 500ms
            """;

    @Test
    @Timeout(120)
    void aLossyRunWritesEveryFileWithTheDocumentedKeysAndTcpDeliversEverythingInOrder(@TempDir Path dir)
            throws IOException {
        Scenario scenario = ScenarioLoader.load("lossy.yaml", LOSSY);
        RunResult result = new LabRun(RunListener.NONE).execute(scenario, dir);

        for (String file : List.of("scenario.yaml", "messages.csv", "ledger.csv", "summary.json", "cwnd.csv")) {
            assertTrue(Files.size(dir.resolve(file)) > 0, file + " is missing or empty");
        }
        assertEquals("transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late",
                Files.readAllLines(dir.resolve("messages.csv")).get(0));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        for (String transport : List.of("udp", "tcp")) {
            JsonNode t = summary.path("transports").path(transport);
            for (String key : List.of("sent", "delivered", "lost", "duplicates", "reordered", "deliveryRatio",
                    "deliveryRatioCi95", "onTimeRatio", "rttMs", "jitterMs", "reorderExtentMax", "goodputBps", "ledger",
                    "consistency", "inFlight", "sendingMs", "timing")) {
                assertTrue(t.has(key), transport + " lacks " + key);
            }
            for (String key : List.of("p50", "p90", "p99", "max", "mean")) {
                assertTrue(t.path("rttMs").has(key), transport + ".rttMs lacks " + key);
            }
            for (String key : List.of("relayLateMs", "pacingMs", "disturbedThresholdMs", "disturbed")) {
                assertTrue(t.path("timing").has(key), transport + ".timing lacks " + key);
            }
            assertEquals(0, t.path("inFlight").asLong(), "a run that was not stopped has nothing in flight");
        }
        for (String key : List.of("retransmissions", "timeouts", "retransmissionCauses", "holWaitMs",
                "longestHolWaitMs", "timeoutWaitMs", "handshakeMs", "tcpPaths")) {
            assertTrue(summary.path("transports").path("tcp").has(key), "tcp lacks " + key);
        }

        // 300 messages through 5% loss each way: P(no UDP loss at all) = 0.9025^300, about 1e-13.
        var udp = result.transports().get(Transport.UDP).summary();
        var tcp = result.transports().get(Transport.TCP).summary();
        assertTrue(udp.deliveryRatio() < 1.0, "UDP delivered everything through 5% loss");
        assertEquals(1.0, tcp.deliveryRatio(), "TCP must deliver every message");
        assertEquals(0, tcp.reordered(), "TCP hands messages over in order");
        assertTrue(result.transports().get(Transport.TCP).tcp().orElseThrow().retransmissions() > 0,
                "TCP paid for the loss with retransmissions");
        assertTrue(summary.path("transports").path("tcp").path("consistency").path("ok").asBoolean(),
                "TCP's books balance: " + summary.path("transports").path("tcp").path("consistency"));
        assertTrue(summary.path("transports").path("udp").path("consistency").path("ok").asBoolean(),
                "every UDP loss is explained by the ledger: " + summary.path("transports").path("udp").path("consistency"));
    }

    @Test
    @Timeout(120)
    void theSameSeedTwiceGivesTheSameLedgerDecisions(@TempDir Path dir) throws IOException {
        Scenario scenario = ScenarioLoader.load("lossy.yaml", LOSSY).withTransports(List.of(Transport.UDP));
        new LabRun(RunListener.NONE).execute(scenario, dir.resolve("a"));
        new LabRun(RunListener.NONE).execute(scenario, dir.resolve("b"));
        // Times differ between runs; what was decided for which packet must not.
        assertEquals(decisions(dir.resolve("a")), decisions(dir.resolve("b")));
    }

    private static List<String> decisions(Path run) throws IOException {
        return Files.readAllLines(run.resolve("ledger.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .map(f -> String.join(",", f[0], f[2], f[3], f[4], f[5], f[7], f[9]))
                .sorted()
                .toList();
    }
}
