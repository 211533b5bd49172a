package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.option.Vary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Tag("socket")
class SweepCommandTest {

    @Test
    @Timeout(120)
    void aSweepOverTwoValuesWritesTheDocumentedColumnsAChartPerMetricAndTheReport(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, """
                name: tiny
                traffic: {profile: game, interval: 10ms, duration: 500ms}
                link: {delay: 2ms}
                drain: 200ms
                """);
        Path out = dir.resolve("sweep");
        CliRun run = CliRun.of("", "sweep", scenario.toString(), "--vary", "uplink.loss=0,5%", "--quiet",
                "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("parameter,value,value_label,repeat,transport,seed,delivery_ratio,on_time_ratio,rtt_p99_ms,goodput_bps",
                csv.get(0));
        assertEquals(1 + 2 * 2, csv.size(), "two values times two transports");
        assertTrue(csv.get(1).startsWith("uplink.loss,0"), csv.get(1));
        assertTrue(csv.get(3).contains(",5%,"), csv.get(3));
        for (String file : List.of("sweep.json", "report.html", "report.md", "sweep-delivery.png", "sweep-on-time.png",
                "sweep-rtt-p99.png", "sweep-delivered-rate.png", "5pct-r1/report.html", "0pct-r1/delivery.png")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        assertTrue(run.out().contains("report: "), run.out());
        // The table is in the terminal too: one line per value and transport.
        assertTrue(run.out().lines().anyMatch(l -> l.matches("5%\\s+TCP\\s+\\d.*")), run.out());
        assertTrue(csv.get(3).startsWith("uplink.loss,5,5%,"), "value is the number as written: " + csv.get(3));

        // netlab report redraws a sweep from its directory, as it does a single run.
        Files.delete(out.resolve("sweep-delivery.png"));
        CliRun again = CliRun.of("", "report", out.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(Files.size(out.resolve("sweep-delivery.png")) > 0);
    }

    @Test
    void aSweptValueReachesThePhasesThatInheritedItAndSparesTheOnesThatSetTheirOwn() {
        dev.netlab.core.scenario.Scenario handover = dev.netlab.lab.scenarios.ScenarioCatalog.load("handover");
        dev.netlab.core.scenario.Scenario at = SweepCommand.scenarioAt(handover,
                List.of(Vary.parse("link.delay=10,50ms")), 1);
        assertEquals("50ms", at.uplinkSettings().get("delay"));
        // The outage inherited the delay, so it follows the sweep; its own 'down' stays.
        assertEquals("50ms", at.phases().get(0).uplinkSettings().get("delay"));
        assertEquals("true", at.phases().get(0).uplinkSettings().get("down"));
    }

    @Test
    void aVaryWithAnUnknownSettingIsBadInputWithASuggestion() {
        CliRun run = CliRun.of("", "sweep", "clean", "--vary", "uplink.los=0,5%");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("did you mean 'loss'?"), run.err());
    }
}
