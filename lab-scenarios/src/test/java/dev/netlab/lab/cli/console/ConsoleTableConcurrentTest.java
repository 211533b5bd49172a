package dev.netlab.lab.cli.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleTableConcurrentTest {

    private static final String SCENARIO = """
            name: udp-and-tcp
            seed: 15
            traffic: {profile: cbr, clients: 1, interval: 5ms, duration: 10s}
            link: {delay: 5ms, rate: 2mbit, limit: 20}
            """;

    /**
     * UDP cbr: 2001 messages of 1000 B every 5 ms, every 80th lost, 20 ms round trips (1.5776 of 1.6008 Mbit/s);
     * TCP bulk: 330 messages of 1200 B every 30 ms, 100 ms round trips (0.3178 Mbit/s); a 2 Mbit/s link.
     */
    private static String table(boolean concurrent) {
        Scenario base = ScenarioLoader.load("udp-and-tcp.yaml", SCENARIO);
        Traffic udp = new Traffic(Profile.CBR, 1, 2001, 1000, Duration.ofMillis(5), 1, Optional.empty(), ServerMode.ECHO);
        Traffic tcp = new Traffic(Profile.BULK, 1, 1, 1200, Profile.BULK.interval(), 1, Optional.empty(), ServerMode.ECHO)
                .withDuration(Duration.ofSeconds(10));
        Scenario s = new Scenario(base.name(), base.description(), base.seed(), udp, base.uplinkSettings(),
                base.downlinkSettings(), base.uplink(), base.downlink(), base.phases(), List.of(Transport.UDP, Transport.TCP),
                base.tcp(), base.drain(), base.rules(), concurrent ? Map.of(Transport.UDP, udp, Transport.TCP, tcp) : Map.of());
        Map<Transport, TransportResult> transports = new LinkedHashMap<>();
        transports.put(Transport.UDP, result(Transport.UDP, observations(2001, 5, 1000, 20, 80), Optional.empty()));
        transports.put(Transport.TCP, result(Transport.TCP, observations(330, 30, 1200, 100, 0),
                Optional.of(TcpCost.of(List.of(), 1.0))));
        StringWriter out = new StringWriter();
        ConsoleTable.print(new RunResult(s, transports, false), new PrintWriter(out));
        return out.toString();
    }

    private static List<Observation> observations(int count, long spacingMs, int size, long rttMs, int lossEvery) {
        List<Observation> list = new ArrayList<>();
        int arrivals = 0;
        for (int seq = 0; seq < count; seq++) {
            long sent = seq * spacingMs * 1_000_000;
            list.add(lossEvery > 0 && seq % lossEvery == lossEvery - 1 ? Observation.lost(0, seq, sent, size)
                    : Observation.delivered(0, seq, sent, size, arrivals++, sent + rttMs * 1_000_000));
        }
        return list;
    }

    private static TransportResult result(Transport t, List<Observation> o, Optional<TcpCost> cost) {
        return new TransportResult(t, o, TransportSummary.of(o, Long.MAX_VALUE), new LedgerCounters(Map.of(), Map.of()),
                0, 0, cost, List.of());
    }

    @Test
    void aConcurrentRunShowsWhatEachTransportOfferedAndGotOfTheLinkInOneTable() {
        String table = table(true);
        // UDP delivered 98.8% of its 1600.8 kbit/s (1976 of 2001 messages), 1577.6 kbit/s of goodput: 78.9% of the
        // 2 Mbit/s link; TCP, a bulk sender, got 317.8 kbit/s, 15.9% of it.
        assertTrue(table.contains(String.format("%-24s%16s%16s", "delivered (kbit/s)", "1577.6", "317.8")), table);
        assertTrue(table.contains(String.format("%-24s%16s%16s", "  offered (kbit/s)", "1600.8", "all it could")), table);
        assertTrue(table.contains(String.format("%-24s%16s%16s", "  delivered of offered", "98.8%", "-")), table);
        assertTrue(table.contains(String.format("%-24s%16s%16s", "  share of the link", "78.9%", "15.9%")), table);
        assertTrue(table.contains("UDP and TCP shared the 2 Mbit/s link at once: UDP delivered 98.8% of its 1.60 Mbit/s"
                + " offered (1.58 Mbit/s, 79% of the link); TCP, sending all it could, got 317.8 kbit/s (16% of the link)."
                + " Together they had 95% of it."), table);
    }

    @Test
    void aRunWhoseTransportsRanInTurnHasNoShareOfTheLinkRowsOrSentence() {
        String table = table(false);
        assertFalse(table.contains("share of the link"), table);
        assertFalse(table.contains("at once"), table);
        assertTrue(table.contains("delivered rate (kbit/s)"), table);
    }
}
