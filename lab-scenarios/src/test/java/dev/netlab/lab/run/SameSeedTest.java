package dev.netlab.lab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
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
 * table"). UDP's ledger must repeat decision for decision; TCP, whose segments are cut from what
 * real programs wrote in real time, must deliver everything with balanced books both times.
 */
@Tag("socket")
class SameSeedTest {

    @Test
    @Timeout(600)
    void everyShippedScenarioRepeatsItsUdpDecisionsAndBalancesItsTcpBooks(@TempDir Path dir) throws IOException {
        for (String name : ScenarioCatalog.names()) {
            Scenario shipped = ScenarioCatalog.load(name);
            Scenario scenario = shipped.withTraffic(shipped.traffic().withDuration(Duration.ofSeconds(2)));
            RunResult a = new LabRun(RunListener.NONE).execute(scenario, dir.resolve(name + "-a"));
            RunResult b = new LabRun(RunListener.NONE).execute(scenario, dir.resolve(name + "-b"));
            // The times differ between the runs; what was decided for which datagram must not. A rate queue
            // drops by real arrival times, so there only the drawn decisions are compared.
            boolean rate = scenario.uplink().rate().isPresent() || scenario.downlink().rate().isPresent();
            assertEquals(udpDecisions(dir.resolve(name + "-a"), rate), udpDecisions(dir.resolve(name + "-b"), rate),
                    name);
            for (RunResult run : List.of(a, b)) {
                if (run.transports().containsKey(Transport.TCP)) {
                    TcpCost cost = run.transports().get(Transport.TCP).tcp().orElseThrow();
                    assertEquals(0, run.transports().get(Transport.TCP).summary().lost(), name);
                    assertTrue(cost.balanced(), name + ": " + cost.causes());
                }
            }
        }
    }

    /** UDP ledger rows without their times: flow, direction, index, copy, size, action, reason. */
    private static List<String> udpDecisions(Path run, boolean rate) throws IOException {
        return Files.readAllLines(run.resolve("ledger.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .filter(f -> f[0].equals("udp"))
                .filter(f -> !rate || !f[7].equals("forwarded") && !f[7].equals("queue-drop"))
                .map(f -> String.join(",", f[2], f[3], f[4], f[5], f[6], f[7], f[9]))
                .sorted()
                .toList();
    }
}
