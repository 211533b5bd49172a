package dev.netlab.reports.results;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.Action;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-made concurrent run on a 2 Mbit/s link (5 ms delay, 20-packet queue), UDP and TCP at once for 10 s.
 *
 * <p>UDP, profile cbr: each client sends 1000 B every 5 ms (1.6 Mbit/s), 2001 messages from 0 to 10 s;
 * every 80th (seq 79, 159, ...) is lost, 25 of 2001; the others come back after 20 ms. With one client:
 * 1976 × 8000 bit over 10.02 s = 1.5776 Mbit/s delivered of 2001 × 8000 bit / 10 s = 1.6008 Mbit/s offered
 * (98.55%), 78.9% of the link.
 *
 * <p>TCP, profile bulk: each client wrote 330 messages of 1200 B, one every 30 ms from 0 to 9.87 s, all
 * delivered after 100 ms. With one client: 330 × 9600 bit over 9.97 s = 0.3178 Mbit/s, 15.9% of the link.
 * Together 94.8% of the link.
 *
 * <p>The ledger (for the queue chart) has each delivered message's uplink and downlink forwarded rows, at
 * its send time, waiting 5 ms plus a queue wait that climbs from 0 to 40 ms every 2 s and empties.
 */
public final class ConcurrentFixture {

    private static final String SCENARIO = """
            name: udp-and-tcp
            description: hand-made, both transports at once
            seed: 15
            traffic: {profile: cbr, clients: 1, interval: 5ms, duration: 10s}
            link: {delay: 5ms, rate: 2mbit, limit: 20}
            """;

    private ConcurrentFixture() {
    }

    /** The run with {@code udpClients} UDP clients and {@code tcpClients} TCP clients, each as described above. */
    public static RunResult run(int udpClients, int tcpClients) {
        Scenario base = ScenarioLoader.load("udp-and-tcp.yaml", SCENARIO);
        Traffic udp = new Traffic(Profile.CBR, udpClients, 2001, 1000, Duration.ofMillis(5), 1, Optional.empty(),
                ServerMode.ECHO);
        Traffic tcp = new Traffic(Profile.BULK, tcpClients, 1, 1200, Profile.BULK.interval(), 1, Optional.empty(),
                ServerMode.ECHO).withDuration(Duration.ofSeconds(10));
        Scenario s = new Scenario(base.name(), base.description(), base.seed(), udp, base.uplinkSettings(),
                base.downlinkSettings(), base.uplink(), base.downlink(), base.phases(), List.of(Transport.UDP, Transport.TCP),
                base.tcp(), base.drain(), base.rules(), Map.of(Transport.UDP, udp, Transport.TCP, tcp));
        Map<Transport, TransportResult> transports = new LinkedHashMap<>();
        transports.put(Transport.UDP, result(Transport.UDP, observations(udpClients, 2001, 5, 1000, 20, 80)));
        transports.put(Transport.TCP, result(Transport.TCP, observations(tcpClients, 330, 30, 1200, 100, 0)));
        return new RunResult(s, transports, false);
    }

    /** The run written out as a results directory, with a ledger for the queue chart. */
    public static Path write(Path dir, int udpClients, int tcpClients) throws IOException {
        Files.createDirectories(dir);
        RunResult run = run(udpClients, tcpClients);
        ResultsWriter.write(run, dir);
        StringBuilder ledger = new StringBuilder(
                "transport,time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason\n");
        for (TransportResult r : run.transports().values()) {
            for (Observation o : r.observations()) {
                if (o.isDelivered()) {
                    long waitNanos = (o.sendNanos() % 2_000_000_000L) / 50; // 0 to 40 ms over each 2 s
                    for (String direction : List.of("uplink", "downlink")) {
                        ledger.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%d,0,%d,forwarded,%d,%n", r.transport().label(),
                                o.sendNanos(), o.client(), direction, o.seq(), o.payloadBytes(), 5_000_000 + waitNanos));
                    }
                }
            }
        }
        Files.writeString(dir.resolve("ledger.csv"), ledger.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    /** Messages every {@code spacingMs} from 0, each client offset by 1 ms; every {@code lossEvery}-th lost (0: none). */
    private static List<Observation> observations(int clients, int perClient, long spacingMs, int sizeBytes, long rttMs,
            int lossEvery) {
        List<Observation> list = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int arrivals = 0;
            for (int seq = 0; seq < perClient; seq++) {
                long sent = (seq * spacingMs + c) * 1_000_000;
                boolean lost = lossEvery > 0 && seq % lossEvery == lossEvery - 1;
                list.add(lost ? Observation.lost(c, seq, sent, sizeBytes)
                        : Observation.delivered(c, seq, sent, sizeBytes, arrivals++, sent + rttMs * 1_000_000));
            }
        }
        return list;
    }

    private static TransportResult result(Transport t, List<Observation> observations) {
        return new TransportResult(t, observations, TransportSummary.of(observations, Long.MAX_VALUE),
                new LedgerCounters(Map.of(Action.DROPPED, observations.stream().filter(o -> !o.isDelivered()).count()),
                        Map.of()), 0, 0,
                t == Transport.TCP ? Optional.of(TcpCost.of(List.of(), 1.0)) : Optional.empty(), List.of());
    }
}
