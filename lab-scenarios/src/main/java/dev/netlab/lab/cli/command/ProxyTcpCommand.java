package dev.netlab.lab.cli.command;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.tcp.TcpText;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.ProxySession;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.ImpairmentFlags;
import dev.netlab.lab.cli.option.ProxyLinks;
import dev.netlab.lab.cli.option.ProxyOptions;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.proxy.TcpProxy;
import dev.netlab.simulator.proxy.TcpProxyStatus;
import dev.netlab.simulator.proxy.TcpProxySummary;
import dev.netlab.simulator.proxy.TcpTotals;
import dev.netlab.simulator.relay.tcp.TcpRelayOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
public final class ProxyTcpCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProxyOptions options;

    @Option(names = "--tcp-ledger", paramLabel = "FILE",
            description = "Write every TCP event to this CSV file (flushed on exit and on Ctrl-C).")
    private Path tcpLedger;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "1000",
            description = "Relay at most N connections at once; one more is accepted and reset at once, and"
                    + " counted (\"refused at the cap\"). Each connection holds two file descriptors"
                    + " (default: ${DEFAULT-VALUE}, at most 100000).")
    private int maxConnections;

    @Option(names = "--mss", paramLabel = "BYTES",
            description = "Largest segment payload (default: 1448).")
    private String mss;

    @Option(names = "--window", paramLabel = "BYTES",
            description = "Receive window: most bytes in flight (default: 64KiB).")
    private String window;

    @Option(names = "--min-rto", paramLabel = "DURATION",
            description = "Smallest retransmission timeout (default: 200ms, as Linux).")
    private String minRto;

    @Option(names = "--cc", paramLabel = "NAME",
            description = "Congestion control: newreno or none (default: newreno).")
    private String cc;

    /** Whether the live lines said already that the target refuses; read and set by the ticker only. */
    private boolean toldRefused;
    /** Status lines formatted so far; the session's first one is its unprinted warm-up (ProxySession). */
    private int statusLines;

    ProxyTcpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProxyLinks chosen = ProxyLinks.of(options, spec.commandLine().getParseResult());
        TcpSettings settings = settings(chosen.scenario().map(Scenario::tcp).orElseGet(TcpSettings::defaults));
        if (maxConnections < 1 || maxConnections > TcpRelayOptions.MAX_MAX_CONNECTIONS) {
            throw new BadInputException("--max-connections must be between 1 and "
                    + TcpRelayOptions.MAX_MAX_CONNECTIONS + ": " + maxConnections);
        }
        TcpProxy proxy;
        try {
            proxy = TcpProxy.start(chosen.spec(options), settings, Optional.ofNullable(tcpLedger),
                    relay -> relay.withMaxConnections(maxConnections));
        } catch (PortInUseException e) {
            throw new RunFailureException(e.getMessage() + "; choose another with --listen", e);
        }
        options.noteWhenListeningBeyondLoopback(io, proxy.address());
        io.out().println("relaying TCP " + Hosts.text(proxy.address()) + " -> " + Hosts.text(options.target)
                + " with seed " + chosen.seed() + (options.duration == null ? "; Ctrl-C stops it" : ""));
        chosen.printLinks(io);
        io.out().println(proxy.direct() ? "  no impairment: bytes are copied directly, nothing is emulated"
                : String.format(Locale.ROOT, "  tcp: mss %d B, window %d B, min RTO %d ms, cc %s", settings.mssBytes(),
                        settings.windowBytes(), settings.minRtoNanos() / 1_000_000, settings.cc().label()));
        chosen.printPhases(io);
        io.out().flush();
        return new ProxySession<>(io, options.quiet, proxy, s -> status(s, proxy), this::summary).run(options.duration);
    }

    /** The scenario's (or the default) TCP settings, with each flag given on the command line instead. */
    private TcpSettings settings(TcpSettings base) {
        TcpSettings.Builder builder = base.toBuilder();
        flag(builder, "--mss", "mss", mss);
        flag(builder, "--window", "window", window);
        flag(builder, "--min-rto", "minRto", minRto);
        flag(builder, "--cc", "cc", cc);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Reads one flag's text as the scenario's tcp key of the same meaning, if the flag was given. */
    private static void flag(TcpSettings.Builder builder, String flag, String key, String text) {
        if (text == null) {
            return;
        }
        try {
            TcpText.read(builder, key, text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + ": " + e.getMessage());
        }
    }

    private String status(TcpProxyStatus status, TcpProxy proxy) {
        long refused = proxy.summary().connectFailures();
        String notice = "";
        if (statusLines++ > 0 && refused > 0 && !toldRefused) {
            // Once, not every second: the count on the status line goes on telling how many.
            toldRefused = true;
            notice = "\n  the target " + Hosts.text(options.target) + " refused the connection or could not be reached"
                    + " (is its server running on that port?): each client is reset and counted as target refused";
        }
        return direction("uplink", status.uplink()) + " | " + direction("downlink", status.downlink())
                + " | open " + status.openConnections() + " of " + status.maxConnections()
                + (status.refusedAtCap() == 0 ? "" : ", refused at the cap " + status.refusedAtCap())
                + (refused == 0 ? "" : " | target refused " + refused) + notice;
    }

    private static String direction(String name, TcpTotals t) {
        return String.format(Locale.ROOT, "%s: bytes %d segments %d retransmissions %d timeouts %d queued %d",
                name, t.bytesForwarded(), t.segments(), t.retransmissions(), t.timeouts(), t.bytesQueued());
    }

    private List<String> summary(TcpProxySummary summary) {
        List<String> lines = new ArrayList<>();
        for (Direction d : Direction.values()) {
            TcpTotals t = summary.of(d);
            lines.add(String.format(Locale.ROOT,
                    "%-8s bytes received %d, forwarded %d; segments %d, lost %d, retransmissions %d (fast %d,"
                            + " partial-ack %d, timeout %d), timeouts %d, duplicates discarded %d,"
                            + " head-of-line wait %.3f s, longest wait of one segment %.1f ms",
                    d.label(), t.bytesReceived(), t.bytesForwarded(), t.segments(), t.lost(),
                    t.retransmissions(), t.fast(), t.partialAck(), t.timeoutRetransmissions(), t.timeouts(),
                    t.duplicatesDiscarded(), t.stallNanos() / 1e9, t.maxHolWaitNanos() / 1e6));
        }
        lines.add(String.format(Locale.ROOT,
                "connections %d: closed %d, reset %d, target refused %d, handshake gave up %d, relay errors %d;"
                        + " mean handshake %.1f ms",
                summary.accepted(), summary.closed(), summary.resets(), summary.connectFailures(),
                summary.handshakeFailures(), summary.relayErrors(), summary.meanHandshakeMillis()));
        TcpProxySummary.Limits limits = summary.limits();
        lines.add(String.format(Locale.ROOT, "refused at the cap of %d connections at once %d; accept errors %d"
                + " (out of file descriptors: that client reset); loop errors survived %d", limits.maxConnections(),
                limits.refusedAtCap(), limits.acceptErrors(), limits.loopErrors()));
        lines.add("seed " + summary.seed() + (summary.direct() ? " (no impairment: direct copying)" : "")
                + (options.ledger == null ? "" : ", ledger " + options.ledger)
                + (tcpLedger == null ? "" : ", tcp ledger " + tcpLedger));
        return lines;
    }
}
