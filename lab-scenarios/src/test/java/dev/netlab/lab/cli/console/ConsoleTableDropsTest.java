package dev.netlab.lab.cli.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.NotRelayed;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ConsoleTableDropsTest {

    private static String table(NotRelayed notRelayed) {
        List<Observation> udp = List.of(Observation.lost(0, 0, 1_000_000, 32), Observation.lost(0, 1, 2_000_000, 32));
        TransportResult result = new TransportResult(Transport.UDP, udp, TransportSummary.of(udp, Long.MAX_VALUE),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.empty(), List.of(), TransportTiming.UNKNOWN,
                notRelayed);
        StringWriter out = new StringWriter();
        ConsoleTable.print(new RunResult(ScenarioLoader.load("t.yaml", """
                name: t
                seed: 1
                traffic: {profile: game, clients: 1, interval: 10ms, duration: 20ms}
                link: {}
                """), Map.of(Transport.UDP, result), false), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void lossesOutsideTheEngineGetTheirRowsOnlyWhenThereAreAny() {
        // Both messages lost: one refused at the relay's client cap, one dropped by the kernel.
        String table = table(new NotRelayed(1, OptionalLong.of(1)));
        assertTrue(table.contains(String.format("%-24s%16s", "relay drops", "1")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "kernel drops", "1")), table);
        String quiet = table(new NotRelayed(0, OptionalLong.empty()));
        assertFalse(quiet.contains("relay drops") || quiet.contains("kernel drops"), quiet);
    }
}
