package dev.netlab.reports.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {

    private static final String SCENARIO = """
            name: round-trip
            seed: 7
            traffic: {profile: game, clients: 1, interval: 10ms, duration: 1s}
            link: {loss: 10%, delay: 5ms}
            """;

    /** One repaired drop on the uplink, one spurious fast retransmission on the downlink. */
    static final TcpCost TCP_COST = TcpCost.of(List.of(
            new TcpCost.Path(0, Direction.UPLINK, 1, 0, new TcpCost.Causes(1, 0, 0, 0, 1, 0), 8.5, 8.5, 0),
            new TcpCost.Path(0, Direction.DOWNLINK, 1, 0, new TcpCost.Causes(0, 0, 1, 0, 0, 0), 2.0, 2.0, 0)), 1.0);

    /** Three UDP messages (the second lost) and two TCP messages with a window trace, times chosen to print exactly. */
    private static RunResult run() {
        Scenario scenario = ScenarioLoader.load("round-trip.yaml", SCENARIO);
        List<Observation> udp = List.of(Observation.delivered(0, 0, 1_000_000, 32, 0, 11_500_000),
                Observation.lost(0, 1, 11_000_000, 32), Observation.delivered(0, 2, 21_000_000, 32, 1, 32_250_000));
        List<Observation> tcp = List.of(Observation.delivered(0, 0, 1_000_000, 32, 0, 12_000_000),
                Observation.delivered(0, 1, 11_000_000, 32, 1, 40_125_000));
        long deadline = scenario.traffic().deadline().map(d -> d.toNanos()).orElse(-1L);
        LedgerCounters ledger = new LedgerCounters(Map.of(Action.DROPPED, 1L), Map.of());
        Map<Transport, TransportResult> transports = new LinkedHashMap<>();
        transports.put(Transport.UDP, new TransportResult(Transport.UDP, udp, TransportSummary.of(udp, deadline), ledger,
                0, 0, Optional.empty(), List.of()));
        List<CwndPoint> cwnd = List.of(new CwndPoint(0, Direction.UPLINK, 0.0, 14_480),
                new CwndPoint(0, Direction.DOWNLINK, 12.5, 28_960));
        transports.put(Transport.TCP, new TransportResult(Transport.TCP, tcp, TransportSummary.of(tcp, deadline),
                ledger, 0, 0, Optional.of(TCP_COST), cwnd));
        return new RunResult(scenario, transports, false);
    }

    @Test
    void everyCsvFileStartsWithTheLayoutsHeader(@TempDir Path dir) throws IOException {
        // The reader asks for the layout's columns: a writer that spelled a header its own way would break it.
        ResultsWriter.write(run(), dir);
        for (ResultsCsv csv : List.of(ResultsCsv.MESSAGES, ResultsCsv.CWND)) {
            assertEquals(csv.header(), Files.readAllLines(dir.resolve(csv.fileName())).get(0), csv.fileName());
        }
        assertTrue(Files.exists(dir.resolve(ResultsLayout.SCENARIO_YAML)));
        assertTrue(Files.exists(dir.resolve(ResultsLayout.SUMMARY_JSON)));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack(@TempDir Path dir) throws IOException {
        // Written and read by different classes through one layout: every value that crosses must arrive unchanged.
        RunResult run = run();
        ResultsWriter.write(run, dir);
        RunResults read = ResultsReader.read(dir);

        assertEquals("round-trip", read.scenario().name());
        assertEquals(7, read.scenario().seed());
        assertEquals(List.of(Transport.UDP, Transport.TCP), read.transports());
        MeasuredSummary udp = read.summaries().get(Transport.UDP);
        assertEquals(3, udp.sent());
        assertEquals(2, udp.delivered());
        assertEquals(1, udp.lost());
        MeasuredSummary tcp = read.summaries().get(Transport.TCP);
        assertEquals(OptionalLong.of(2), tcp.retransmissions());
        assertEquals(10.5, tcp.holWaitMs());
        assertEquals(8.5, tcp.longestHolWaitMs());
        assertEquals(0.0, tcp.timeoutWaitMs());
        assertEquals(Optional.of(TCP_COST.causes()), tcp.retransmissionCauses());
        assertTrue(tcp.consistent(), "2 retransmissions = 1 repaired drop + 1 spurious, nothing lost");
        assertEquals(5, read.messages().size());
        MessageRow lost = read.messagesOf(Transport.UDP).get(1);
        assertEquals(1, lost.seq());
        assertFalse(lost.delivered());
        assertEquals(10.5, read.messagesOf(Transport.UDP).get(0).rttMs().getAsDouble(), 1e-9);
        assertEquals(run.transports().get(Transport.TCP).cwnd(), read.cwnd());
        assertTrue(read.cwndPresent());
    }
}
