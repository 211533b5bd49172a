package dev.netlab.lab.cli;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.TcpSpec;
import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.Durations;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats;
import dev.netlab.simulator.relay.tcp.TcpRelay;
import dev.netlab.simulator.relay.tcp.ByteCounts;
import dev.netlab.simulator.relay.tcp.TcpRelayCounters;
import dev.netlab.simulator.relay.tcp.TcpRelayOptions;
import dev.netlab.simulator.run.PhaseSchedule;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.tcp.CongestionControl;
import dev.netlab.simulator.tcp.CsvTcpLedgerWriter;
import dev.netlab.simulator.tcp.TcpLedgerSink;
import dev.netlab.simulator.tcp.TcpPathStats;
import dev.netlab.simulator.tcp.TcpSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code netlab proxy tcp}: any TCP client and server, with netlab's impairments in between, honestly. */
@Command(name = "tcp", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = ImpairmentFlags.class,
        description = {
            "Relay TCP from --listen to --target and impair the segments on the way. Both",
            "sides are real TCP connections. The relay cuts each direction's bytes into",
            "segments, impairs them, and then does what TCP would: retransmits what was",
            "lost, delivers in order, limits bytes in flight (window, NewReno). Your",
            "programs see TCP's contract - every byte, in order, later - and the counters",
            "show what it cost. Without any impairment flag or ledger the bytes are",
            "copied directly and nothing is emulated. Every impairment flag also has",
            "--uplink-... and --downlink-... forms. Two ledgers: --ledger gets the",
            "engine's decisions (as for udp: one row per transmission, SYNs included),",
            "--tcp-ledger what TCP did about them (sent, lost, retransmitted, timeout,",
            "held, delivered, established). With --scenario the scenario's link, phases,",
            "seed and tcp settings apply; --mss, --window, --min-rto and --cc given on",
            "the command line win over the scenario's."
        },
        footer = {"", "Example:", "  netlab proxy tcp --listen 127.0.0.1:9000 --target 127.0.0.1:2105 --loss 5%% --delay 20ms"})
final class ProxyTcpCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProxyOptions options;

    @Option(names = "--tcp-ledger", paramLabel = "FILE",
            description = "Write every TCP event to this CSV file (flushed on exit and on Ctrl-C).")
    private Path tcpLedger;

    @Option(names = "--mss", paramLabel = "BYTES",
            description = "Largest segment payload (default: 1448).")
    private Integer mss;

    @Option(names = "--window", paramLabel = "BYTES",
            description = "Receive window: most bytes in flight (default: 64KiB).")
    private String window;

    @Option(names = "--min-rto", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Smallest retransmission timeout (default: 200ms, as Linux).")
    private Duration minRto;

    @Option(names = "--cc", paramLabel = "NAME",
            description = "Congestion control: newreno or none (default: newreno).")
    private String cc;

    ProxyTcpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProxyLinks chosen = ProxyLinks.of(options, spec.commandLine().getParseResult());
        Map<Direction, LinkConfig> links = chosen.links();
        TcpSettings settings = settings(chosen.scenario().map(Scenario::tcp).orElse(TcpSpec.DEFAULTS));
        long seed = chosen.seed();
        TcpRelayOptions relayOptions = TcpRelayOptions.of(options.front(), options.target);
        CsvLedgerWriter csv = options.ledger == null ? null
                : new CsvLedgerWriter(Files.newBufferedWriter(options.ledger, StandardCharsets.UTF_8));
        CsvTcpLedgerWriter tcpCsv = tcpLedger == null ? null
                : new CsvTcpLedgerWriter(Files.newBufferedWriter(tcpLedger, StandardCharsets.UTF_8));
        Runnable closeLedgers = () -> {
            if (csv != null) {
                csv.close();
            }
            if (tcpCsv != null) {
                tcpCsv.close();
            }
        };
        ImpairmentEngine engine = new ImpairmentEngine(seed, links.get(Direction.UPLINK), links.get(Direction.DOWNLINK),
                csv == null ? LedgerSink.NONE : csv);
        boolean direct = csv == null && tcpCsv == null && links.values().stream().allMatch(LinkConfig::isTransparent)
                && chosen.scenario().map(sc -> sc.phases().isEmpty()).orElse(true);
        TcpRelay relay;
        try {
            relay = direct ? TcpRelay.start(relayOptions)
                    : TcpRelay.start(relayOptions, engine, settings, tcpCsv == null ? TcpLedgerSink.NONE : tcpCsv);
        } catch (PortInUseException e) {
            closeLedgers.run();
            throw new RunFailureException(e.getMessage() + "; choose another with --listen", e);
        }
        if (!options.listen.getAddress().isLoopbackAddress() || options.bind != null && !options.bind.isLoopbackAddress()) {
            io.err().println("note: listening on " + Hosts.text(relay.address()) + ", so other machines can use this proxy");
        }
        io.out().println("relaying TCP " + Hosts.text(relay.address()) + " -> " + Hosts.text(options.target)
                + " with seed " + seed + (options.duration == null ? "; Ctrl-C stops it" : ""));
        io.out().println("  uplink   (client -> server): " + LinkSettings.describe(links.get(Direction.UPLINK)));
        io.out().println("  downlink (server -> client): " + LinkSettings.describe(links.get(Direction.DOWNLINK)));
        io.out().println(direct ? "  no impairment: bytes are copied directly, nothing is emulated"
                : String.format(Locale.ROOT, "  tcp: mss %d B, window %d B, min RTO %d ms, cc %s", settings.mssBytes(),
                        settings.windowBytes(), settings.minRtoNanos() / 1_000_000, settings.cc().label()));
        PhaseSchedule phases = chosen.scenario().filter(sc -> !sc.phases().isEmpty())
                .map(sc -> PhaseSchedule.start(sc, engine, System.nanoTime())).orElse(null);
        chosen.scenario().ifPresent(sc -> sc.phases().forEach(p -> io.out().println("  phase " + p.name() + " from "
                + Durations.format(p.from()) + " to " + Durations.format(p.to()) + ": uplink "
                + LinkSettings.describe(p.uplink()) + "; downlink " + LinkSettings.describe(p.downlink()))));
        io.out().flush();
        new ProxySession(io, options.quiet,
                () -> status(relay),
                () -> {
                    if (phases != null) {
                        phases.close();
                    }
                    relay.close();
                    closeLedgers.run();
                },
                () -> summary(relay, seed, direct)).run(options.duration);
        return ExitCodes.OK;
    }

    /** The scenario's (or the default) TCP settings, with each flag given on the command line instead. */
    private TcpSettings settings(TcpSpec base) {
        long windowBytes;
        try {
            // A bare number is bytes here, as for --mss.
            windowBytes = window == null ? base.windowBytes()
                    : ByteSize.parse(window.trim().matches("\\d+") ? window.trim() + "B" : window).bytes();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--window: " + e.getMessage());
        }
        try {
            return TcpSettings.defaults()
                    .withCc(CongestionControl.parse(cc != null ? cc : base.congestion()))
                    .withWindowBytes((int) Math.min(Integer.MAX_VALUE, windowBytes))
                    .withMssBytes(mss != null ? mss : base.mssBytes())
                    .withMinRtoNanos((minRto != null ? minRto : base.minRto()).toNanos());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Sums of one direction over every connection the relay still lists. */
    private record Totals(long segments, long retransmissions, long fast, long partialAck, long timeoutRetransmissions,
            long timeouts, long lost, long duplicatesDiscarded, long stallNanos, long maxHolWaitNanos) {

        static Totals of(List<TcpConnectionStats> connections, Direction direction) {
            long[] sums = new long[10];
            for (TcpConnectionStats connection : connections) {
                TcpPathStats p = connection.path(direction);
                sums[0] += p.segmentsSent();
                sums[1] += p.retransmissions();
                sums[2] += p.fastRetransmissions();
                sums[3] += p.partialAckRetransmissions();
                sums[4] += p.timeoutRetransmissions();
                sums[5] += p.timeouts();
                sums[6] += p.lostTransmissions();
                sums[7] += p.duplicatesDiscarded();
                sums[8] += p.stallNanos();
                sums[9] = Math.max(sums[9], p.maxHolWaitNanos());
            }
            return new Totals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], sums[9]);
        }
    }

    private static String status(TcpRelay relay) {
        List<TcpConnectionStats> connections = relay.connections();
        return direction("uplink", relay.counters().uplink(), Totals.of(connections, Direction.UPLINK)) + " | "
                + direction("downlink", relay.counters().downlink(), Totals.of(connections, Direction.DOWNLINK))
                + " | open " + connections.stream().filter(c -> !c.state().isFinal()).count();
    }

    private static String direction(String name, ByteCounts bytes, Totals totals) {
        return String.format(Locale.ROOT, "%s: bytes %d segments %d retransmissions %d timeouts %d queued %d",
                name, bytes.bytesForwarded(), totals.segments(), totals.retransmissions(), totals.timeouts(),
                bytes.bytesQueued());
    }

    private List<String> summary(TcpRelay relay, long seed, boolean direct) {
        List<String> lines = new ArrayList<>();
        List<TcpConnectionStats> connections = relay.connections();
        for (Direction d : Direction.values()) {
            ByteCounts bytes = d == Direction.UPLINK ? relay.counters().uplink() : relay.counters().downlink();
            Totals t = Totals.of(connections, d);
            lines.add(String.format(Locale.ROOT,
                    "%-8s bytes received %d, forwarded %d; segments %d, lost %d, retransmissions %d (fast %d,"
                            + " partial-ack %d, timeout %d), timeouts %d, duplicates discarded %d, stall %.3f s,"
                            + " longest head-of-line wait %.1f ms",
                    d.label(), bytes.bytesReceived(), bytes.bytesForwarded(), t.segments(), t.lost(),
                    t.retransmissions(), t.fast(), t.partialAck(), t.timeoutRetransmissions(), t.timeouts(),
                    t.duplicatesDiscarded(), t.stallNanos() / 1e9, t.maxHolWaitNanos() / 1e6));
        }
        TcpRelayCounters c = relay.counters();
        double meanHandshakeMillis = connections.stream().mapToLong(TcpConnectionStats::handshakeNanos).average()
                .orElse(0) / 1e6;
        lines.add(String.format(Locale.ROOT,
                "connections %d: closed %d, reset %d, target refused %d, handshake gave up %d, relay errors %d;"
                        + " mean handshake %.1f ms",
                c.accepted(), c.closed(), c.resets(), c.connectFailures(), c.handshakeFailures(), c.relayErrors(),
                meanHandshakeMillis));
        lines.add("seed " + seed + (direct ? " (no impairment: direct copying)" : "")
                + (options.ledger == null ? "" : ", ledger " + options.ledger)
                + (tcpLedger == null ? "" : ", tcp ledger " + tcpLedger));
        return lines;
    }
}
