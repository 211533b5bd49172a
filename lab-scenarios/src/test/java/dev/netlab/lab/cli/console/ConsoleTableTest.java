package dev.netlab.lab.cli.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleTableTest {

    private static final String SCENARIO = """
            name: jittery
            seed: 11
            traffic: {profile: game, clients: 1, interval: 10ms, duration: 1s}
            link: {delay: 40ms, jitter: 30ms}
            """;

    private static String table(TcpCost cost) {
        Scenario scenario = ScenarioLoader.load("jittery.yaml", SCENARIO);
        List<Observation> tcp = List.of(Observation.delivered(0, 0, 1_000_000, 32, 0, 81_000_000));
        Map<Transport, TransportResult> transports = new LinkedHashMap<>();
        transports.put(Transport.TCP, new TransportResult(Transport.TCP, tcp, TransportSummary.of(tcp, 150_000_000L),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.of(cost), List.of()));
        StringWriter out = new StringWriter();
        ConsoleTable.print(new RunResult(scenario, transports, false), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void spuriousRetransmissionsShowAsSuchAndTheBooksBalance() {
        // high-jitter's case: every retransmission spurious, nothing dropped, 1219.6 ms held behind holes.
        TcpCost cost = TcpCost.of(List.of(new TcpCost.Path(0, Direction.UPLINK, 38, 0,
                new TcpCost.Causes(0, 0, 38, 0, 0, 0), 1219.6, 77.2, 0)), 80);
        String table = table(cost);
        assertTrue(table.contains(String.format("%-24s%16s", "retransmissions", "38")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "  repaired drops", "0")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "  spurious (dup ACKs)", "38")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "HOL wait (ms)", "1219.6")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "longest HOL wait (ms)", "77.2")), table);
        assertTrue(table.contains(String.format("%-24s%16s", "books balance", "yes")), table);
    }

    @Test
    void booksThatDoNotBalanceSayNo() {
        // 5 retransmissions with causes for 4: the console must not say the books balance.
        TcpCost cost = new TcpCost(5, 0, 40, new TcpCost.Causes(4, 0, 0, 0, 4, 0), 0, 0, 0, List.of());
        String table = table(cost);
        assertTrue(table.contains(String.format("%-24s%16s", "books balance", "NO")), table);
    }
}
