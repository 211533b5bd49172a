package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.result.RunResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("socket")
class ScenarioRunnerRulesTest {

    private static final String TARGETED = """
            name: targeted
            seed: 5
            traffic: {profile: game, clients: 2, duration: 1s}
            transports: [udp]
            rules:
              - uplink index=1 drop
            """;

    @Test
    @Timeout(120)
    void aMeasuredRunAppliesTheScenariosRulesToEachClient() throws IOException {
        Scenario scenario = ScenarioLoader.load("targeted.yaml", TARGETED);
        StringWriter rows = new StringWriter();
        RunResult result;
        try (RunLedger ledger = new RunLedger(rows)) {
            result = new ScenarioRunner(RunListener.NONE).run(scenario, ledger);
        }
        List<String> ruled = rows.toString().lines().filter(l -> l.contains("rule 1")).toList();
        // One drop per client, each its flow's first uplink datagram (index 0 in the ledger), and nothing
        // else lost on an otherwise clean link.
        assertEquals(2, ruled.size(), rows.toString().lines().limit(5).toList().toString());
        ruled.forEach(r -> assertEquals(List.of("uplink", "0", "dropped", "rule 1 drop"), fields(r)));
        assertEquals(2, result.transports().get(Transport.UDP).summary().lost());
    }

    /** Direction, index, action and reason of a run ledger row (transport,time,flow,direction,index,...). */
    private static List<String> fields(String row) {
        String[] f = row.split(",", -1);
        return List.of(f[3], f[4], f[7], f[9]);
    }
}
