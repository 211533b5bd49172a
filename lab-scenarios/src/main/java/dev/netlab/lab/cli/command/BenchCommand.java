package dev.netlab.lab.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.simulator.bench.EngineBench;
import dev.netlab.simulator.bench.LatencySample;
import dev.netlab.simulator.bench.TcpBench;
import dev.netlab.simulator.bench.TimerBench;
import dev.netlab.simulator.bench.UdpBench;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netlab bench}: measures the relay against the direct loopback path in one run and prints
 * both side by side with their ratio, each against its target (met or missed), and writes
 * {@code bench.json}. Progress goes to standard error as it happens; the table to standard output at the end.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the relay against the direct loopback path.",
        description = {
            "Measure netlab on this machine: the direct loopback path and the relay side",
            "by side (no impairment), the delay timer's lateness and the engine's speed.",
            "Prints a table and writes bench.json. About 2 minutes; --quick takes about",
            "20 seconds."
        })
public final class BenchCommand implements Callable<Integer> {

    private final Io io;

    @Option(names = "--quick", description = "Fewer samples: about 20 seconds instead of about 2 minutes.")
    private boolean quick;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "bench.json",
            description = "Where to write the results (default: ${DEFAULT-VALUE}).")
    private Path json;

    BenchCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        int roundTrips = quick ? 5_000 : 40_000;
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("quick", quick);
        root.put("java", System.getProperty("java.version"));
        root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        root.put("cores", Runtime.getRuntime().availableProcessors());

        BenchTable table = new BenchTable();
        measureUdp(table, root, roundTrips);
        measureTcp(table, root, roundTrips);
        TimerBench.Result timer = measureTimer(table, root);
        measureEngine(table, root);

        root.put("targetsMissed", table.missed());
        mapper.writeValue(json.toFile(), root);
        table.print(io.out());
        io.out().println();
        io.out().println(table.missed() == 0 ? "every target met"
                : table.missed() + " target(s) missed: see docs/performance.md for what disturbs a measurement");
        io.out().println("wrote " + json.toAbsolutePath().normalize()
                + (timer.preciseTimer() ? "" : " (timer slack could not be lowered: not Linux?)"));
        return ExitCodes.OK;
    }

    private void measureUdp(BenchTable table, ObjectNode root, int roundTrips) throws IOException, InterruptedException {
        Duration rateDuration = Duration.ofSeconds(quick ? 2 : 10);
        Duration floodDuration = Duration.ofSeconds(quick ? 2 : 10);
        progress("UDP ping-pong, 64 B, " + roundTrips + " round trips each way");
        UdpBench.Pair<LatencySample> rtt = UdpBench.pingPong(64, roundTrips);
        table.row("UDP RTT 64 B p50 (µs)", rtt.direct().p50Micros(), rtt.relay().p50Micros(), BenchTable.Target.addedAtMost(15));
        table.row("UDP RTT 64 B p99 (µs)", rtt.direct().p99Micros(), rtt.relay().p99Micros(), BenchTable.Target.addedAtMost(25));
        latencies(root.putObject("udpRtt64B"), rtt);

        progress("UDP at 100 000 packets/s, 64 B, " + rateDuration.toSeconds() + " s each");
        UdpBench.Pair<Double> loss = UdpBench.lossAtRate(64, 100_000, rateDuration);
        table.row("UDP loss at 100k pkt/s (%)", loss.direct(), loss.relay(), BenchTable.Target.atMost(0.1, " %"));
        ObjectNode rate = root.putObject("udpLossAt100kpps");
        rate.put("directPercent", loss.direct());
        rate.put("relayPercent", loss.relay());

        progress("UDP flood, 64 B, " + floodDuration.toSeconds() + " s each");
        UdpBench.Pair<Double> flood = UdpBench.flood(64, floodDuration);
        table.row("UDP flood delivered (pkt/s)", flood.direct(), flood.relay(), BenchTable.Target.ratioAtLeast(0.5));
        ObjectNode floodNode = root.putObject("udpFlood64B");
        floodNode.put("directPacketsPerSecond", flood.direct());
        floodNode.put("relayPacketsPerSecond", flood.relay());
        floodNode.put("ratio", flood.relay() / flood.direct());
    }

    private void measureTcp(BenchTable table, ObjectNode root, int roundTrips) throws IOException, InterruptedException {
        int tcpRounds = quick ? 2 : 5;
        Duration tcpRun = Duration.ofMillis(quick ? 300 : 2_000);
        progress("TCP single stream, " + tcpRounds + " rounds of " + tcpRun.toMillis() + " ms each way");
        TcpBench.Throughput tcp = TcpBench.throughput(tcpRun, tcpRounds);
        table.row("TCP stream (MB/s)", tcp.directBytesPerSecond() / 1e6, tcp.relayBytesPerSecond() / 1e6, BenchTable.Target.ratioAtLeast(0.75));
        root.putPOJO("tcpStream", tcp);
        progress("TCP ping-pong, 64 B, " + roundTrips + " round trips each way");
        UdpBench.Pair<LatencySample> tcpRtt = TcpBench.pingPong(64, roundTrips);
        table.row("TCP RTT 64 B p50 (µs)", tcpRtt.direct().p50Micros(), tcpRtt.relay().p50Micros(), BenchTable.Target.addedAtMost(20));
        table.row("TCP RTT 64 B p99 (µs)", tcpRtt.direct().p99Micros(), tcpRtt.relay().p99Micros(), BenchTable.Target.addedAtMost(30));
        latencies(root.putObject("tcpRtt64B"), tcpRtt);
    }

    /** The direct and relay latencies and what the relay added at p50 and p99. */
    private static void latencies(ObjectNode node, UdpBench.Pair<LatencySample> rtt) {
        node.putPOJO("direct", rtt.direct());
        node.putPOJO("relay", rtt.relay());
        node.put("addedP50Micros", rtt.relay().p50Micros() - rtt.direct().p50Micros());
        node.put("addedP99Micros", rtt.relay().p99Micros() - rtt.direct().p99Micros());
    }

    private TimerBench.Result measureTimer(BenchTable table, ObjectNode root) throws InterruptedException {
        int timerSamples = quick ? 1_000 : 10_000;
        progress("delay timer, 1 ms, " + timerSamples + " releases");
        TimerBench.Result timer = TimerBench.lateness(Duration.ofMillis(1), timerSamples);
        table.single("timer lateness at 1 ms p50 (µs)", timer.lateness().p50Micros(), BenchTable.Target.atMost(20, " µs"));
        table.single("timer lateness at 1 ms p99 (µs)", timer.lateness().p99Micros(), BenchTable.Target.atMost(100, " µs"));
        table.single("timer lateness at 1 ms max (µs)", timer.lateness().maxMicros(), BenchTable.Target.NONE);
        table.single("timer releases early (count)", timer.earlyCount(), new BenchTable.Target("0", 0, (d, r) -> r, true));
        ObjectNode timerNode = root.putObject("timerLateness1ms");
        timerNode.putPOJO("lateness", timer.lateness());
        timerNode.put("earlyCount", timer.earlyCount());
        timerNode.put("preciseTimer", timer.preciseTimer());
        return timer;
    }

    private void measureEngine(BenchTable table, ObjectNode root) {
        int packets = quick ? 300_000 : 2_000_000;
        progress("engine decisions on virtual time, " + packets + " packets");
        double decisions = EngineBench.decisionsPerSecond(packets);
        table.note("engine decisions (per s)", decisions, "loss+delay+jitter+dup+reorder");
        root.putObject("engine").put("decisionsPerSecond", decisions);
    }

    private void progress(String what) {
        io.err().println("measuring " + what + " ...");
    }
}
