package dev.netlab.lab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.lab.scenarios.ScenarioCatalog;
import dev.netlab.simulator.run.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same seed, same decisions: every shipped scenario run twice for 2 s (README, "Same seed, same
 * table"). Each transport's ledger must repeat decision for decision, rate-queue drops included (UDP
 * decides on emulated arrival times, TCP cuts one segment per message and keys every draw), and so
 * must the counts built on them: UDP's delivered, lost and duplicates, TCP's retransmissions by cause
 * and timeouts. Times, RTTs and jitter are not compared: they are real and vary with the host.
 */
@Tag("socket")
class SameSeedTest {

    @Test
    @Timeout(600)
    void everyShippedScenarioRepeatsItsDecisionsAndCountsOverBothTransports(@TempDir Path dir) throws IOException {
        for (String name : ScenarioCatalog.names()) {
            Scenario shipped = ScenarioCatalog.load(name);
            Scenario scenario = shipped.withTraffic(shipped.traffic().withDuration(Duration.ofSeconds(2)));
            RunResult a = new LabRun(RunListener.NONE).execute(scenario, dir.resolve(name + "-a"));
            RunResult b = new LabRun(RunListener.NONE).execute(scenario, dir.resolve(name + "-b"));
            for (String transport : List.of("udp", "tcp")) {
                assertEquals(decisions(dir.resolve(name + "-a"), transport), decisions(dir.resolve(name + "-b"), transport),
                        name + " " + transport + " ledger");
            }
            assertEquals(udpCounts(a), udpCounts(b), name + " UDP counts");
            TcpCost first = tcpCost(a, name);
            TcpCost second = tcpCost(b, name);
            assertEquals(first.causes(), second.causes(), name + " TCP retransmissions by cause");
            assertEquals(first.timeouts(), second.timeouts(), name + " TCP timeouts");
            assertEquals(first.retransmissions(), second.retransmissions(), name + " TCP retransmissions");
            assertTrue(first.balanced(), name + ": " + first.causes());
        }
    }

    /** UDP's delivered, lost and duplicate counts: decided by the ledger alone. */
    private static List<Long> udpCounts(RunResult run) {
        TransportSummary summary = run.transports().get(Transport.UDP).summary();
        return List.of(summary.sent(), summary.delivered(), summary.lost(), summary.duplicates());
    }

    /** TCP's costs, after checking it delivered everything. */
    private static TcpCost tcpCost(RunResult run, String name) {
        TransportResult tcp = run.transports().get(Transport.TCP);
        assertEquals(0, tcp.summary().lost(), name + " TCP lost");
        return tcp.tcp().orElseThrow();
    }

    /**
     * One transport's ledger rows without their times: flow, direction, index, copy, size, action, reason,
     * and for UDP the delay too (drawn, held by preserveOrder and queued on emulated times). TCP's delay is
     * left out: the emulation sends at the real times the programs wrote, and preserveOrder holds by them.
     */
    private static List<String> decisions(Path run, String transport) throws IOException {
        boolean udp = transport.equals("udp");
        return Files.readAllLines(run.resolve("ledger.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .filter(f -> f[0].equals(transport))
                .map(f -> String.join(",", f[2], f[3], f[4], f[5], f[6], f[7], f[9], udp ? f[8] : ""))
                .sorted()
                .toList();
    }
}
