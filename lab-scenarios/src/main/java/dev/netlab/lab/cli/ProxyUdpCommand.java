package dev.netlab.lab.cli;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.Theory;
import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.units.Durations;
import dev.netlab.simulator.relay.udp.DatagramCounts;
import dev.netlab.simulator.relay.udp.UdpRelay;
import dev.netlab.simulator.relay.udp.UdpRelayOptions;
import dev.netlab.simulator.run.PhaseSchedule;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code netlab proxy udp}: any UDP client and server, with netlab's impairments in between. */
@Command(name = "udp", mixinStandardHelpOptions = true, sortOptions = false,
        modelTransformer = ImpairmentFlags.class,
        description = {
            "Relay UDP from --listen to --target and impair the datagrams on the way.",
            "Each client address gets its own upstream socket, so the server sees every",
            "client apart. Every impairment flag also has --uplink-... (client to server)",
            "and --downlink-... (server to client) forms, for example --uplink-loss 10%%",
            "--downlink-delay 50ms."
        },
        footer = {"", "Example:", "  netlab proxy udp --listen 127.0.0.1:9000 --target 127.0.0.1:2105 --loss 10%%"})
final class ProxyUdpCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProxyOptions options;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = Converters.DurationConverter.class,
            description = "Close a client's mapping after this long without traffic (default: ${DEFAULT-VALUE}).")
    private java.time.Duration idleTimeout;

    @Option(names = "--max-queued", paramLabel = "BYTES", defaultValue = "64MiB",
            description = "Most bytes waiting for their delay at once; more is dropped and counted (default: ${DEFAULT-VALUE}).")
    private String maxQueued;

    ProxyUdpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProxyLinks chosen = ProxyLinks.of(options, spec.commandLine().getParseResult());
        Map<Direction, LinkConfig> links = chosen.links();
        long seed = chosen.seed();
        UdpRelayOptions relayOptions = UdpRelayOptions.of(options.front(), options.target)
                .withIdleTimeout(idleTimeout)
                .withMaxQueuedBytes(parseBytes(maxQueued));
        Writer ledgerFile = options.ledger == null ? null : Files.newBufferedWriter(options.ledger, StandardCharsets.UTF_8);
        CsvLedgerWriter csv = ledgerFile == null ? null : new CsvLedgerWriter(ledgerFile);
        LedgerSink sink = csv == null ? LedgerSink.NONE : csv;
        ImpairmentEngine engine = new ImpairmentEngine(seed, links.get(Direction.UPLINK), links.get(Direction.DOWNLINK), sink);
        boolean direct = csv == null && links.values().stream().allMatch(LinkConfig::isTransparent)
                && chosen.scenario().map(sc -> sc.phases().isEmpty()).orElse(true);
        UdpRelay relay;
        try {
            relay = direct ? UdpRelay.start(relayOptions) : UdpRelay.start(relayOptions, engine, sink);
        } catch (PortInUseException e) {
            if (csv != null) {
                csv.close();
            }
            throw new RunFailureException(e.getMessage() + "; choose another with --listen", e);
        }
        if (!options.listen.getAddress().isLoopbackAddress() || options.bind != null && !options.bind.isLoopbackAddress()) {
            io.err().println("note: listening on " + Hosts.text(relay.address()) + ", so other machines can use this proxy");
        }
        io.out().println("relaying UDP " + Hosts.text(relay.address()) + " -> " + Hosts.text(options.target)
                + " with seed " + seed + (options.duration == null ? "; Ctrl-C stops it" : ""));
        io.out().println("  uplink   (client -> server): " + LinkSettings.describe(links.get(Direction.UPLINK)));
        io.out().println("  downlink (server -> client): " + LinkSettings.describe(links.get(Direction.DOWNLINK)));
        double upLoss = Theory.lossRate(links.get(Direction.UPLINK).loss());
        double downLoss = Theory.lossRate(links.get(Direction.DOWNLINK).loss());
        if (upLoss > 0 && downLoss > 0) {
            // A request and its reply each cross the link once, so round trips are lost more often.
            io.out().printf(Locale.ROOT, "  a request and its reply both cross: expect about %.1f%% of round trips lost%n",
                    100 * (1 - (1 - upLoss) * (1 - downLoss)));
        }
        io.out().flush();
        PhaseSchedule phases = chosen.scenario().filter(sc -> !sc.phases().isEmpty())
                .map(sc -> PhaseSchedule.start(sc, engine, System.nanoTime())).orElse(null);
        chosen.scenario().ifPresent(sc -> sc.phases().forEach(p -> io.out().println("  phase " + p.name() + " from "
                + Durations.format(p.from()) + " to " + Durations.format(p.to()) + ": uplink "
                + LinkSettings.describe(p.uplink()) + "; downlink " + LinkSettings.describe(p.downlink()))));
        new ProxySession(io, options.quiet,
                () -> status(relay, engine),
                () -> {
                    if (phases != null) {
                        phases.close();
                    }
                    relay.close();
                    if (csv != null) {
                        csv.close();
                    }
                },
                () -> summary(relay, engine, seed, direct)).run(options.duration);
        return ExitCodes.OK;
    }

    private static String status(UdpRelay relay, ImpairmentEngine engine) {
        LedgerCounters ledger = engine.counters();
        return direction("uplink", relay.counters().uplink(), ledger, Direction.UPLINK) + " | "
                + direction("downlink", relay.counters().downlink(), ledger, Direction.DOWNLINK)
                + " | queued " + relay.queuedDatagrams();
    }

    private static String direction(String name, DatagramCounts relay, LedgerCounters ledger, Direction d) {
        return String.format(Locale.ROOT, "%s: forwarded %d dropped %d duplicated %d reordered %d corrupted %d",
                name, relay.forwarded(), dropped(relay, ledger, d), ledger.count(d, Action.DUPLICATED),
                ledger.count(d, Action.REORDERED), ledger.count(d, Action.CORRUPTED));
    }

    private static long dropped(DatagramCounts relay, LedgerCounters ledger, Direction d) {
        return ledger.count(d, Action.DROPPED) + ledger.count(d, Action.QUEUE_DROP) + ledger.count(d, Action.DOWN)
                + relay.queueOverflowDrops();
    }

    private List<String> summary(UdpRelay relay, ImpairmentEngine engine, long seed, boolean direct) {
        List<String> lines = new ArrayList<>();
        LedgerCounters ledger = engine.counters();
        for (Direction d : Direction.values()) {
            DatagramCounts counters = d == Direction.UPLINK ? relay.counters().uplink() : relay.counters().downlink();
            lines.add(String.format(Locale.ROOT,
                    "%-8s received %d, forwarded %d, dropped %d (loss or corrupt %d, queue full %d, link down %d, relay cap %d),"
                            + " duplicated %d, reordered %d, corrupted %d, send errors %d",
                    d.label(), counters.received(), counters.forwarded(), dropped(counters, ledger, d),
                    ledger.count(d, Action.DROPPED), ledger.count(d, Action.QUEUE_DROP), ledger.count(d, Action.DOWN),
                    counters.queueOverflowDrops(), ledger.count(d, Action.DUPLICATED), ledger.count(d, Action.REORDERED),
                    ledger.count(d, Action.CORRUPTED), counters.sendErrors()));
        }
        lines.add("clients seen " + relay.counters().mappingsOpened() + ", seed " + seed
                + (direct ? " (no impairment: direct forwarding)" : "")
                + (options.ledger == null ? "" : ", ledger " + options.ledger));
        return lines;
    }

    private static long parseBytes(String text) {
        try {
            return dev.netlab.core.units.ByteSize.parse(text).bytes();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-queued: " + e.getMessage());
        }
    }
}
