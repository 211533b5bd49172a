package dev.netlab.lab.cli.command;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Theory;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.ProxySession;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.Converters;
import dev.netlab.lab.cli.option.ImpairmentFlags;
import dev.netlab.lab.cli.option.ProxyLinks;
import dev.netlab.lab.cli.option.ProxyOptions;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.UdpProxy;
import dev.netlab.simulator.proxy.UdpProxyStatus;
import dev.netlab.simulator.proxy.UdpProxySummary;
import dev.netlab.simulator.proxy.UdpTotals;
import dev.netlab.simulator.relay.udp.UdpRelayOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public final class ProxyUdpCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProxyOptions options;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = Converters.UpToOneHour.class,
            description = "Close a client's mapping after this long without traffic, above 0 and at most 1h"
                    + " (default: ${DEFAULT-VALUE}).")
    private java.time.Duration idleTimeout;

    @Option(names = "--max-queued", paramLabel = "BYTES", defaultValue = "64MiB",
            description = "Most bytes waiting for their delay at once; more is dropped and counted (default: ${DEFAULT-VALUE}).")
    private String maxQueued;

    @Option(names = "--max-mappings", paramLabel = "N", defaultValue = "" + UdpRelayOptions.DEFAULT_MAX_MAPPINGS,
            description = "Most clients at once, each with its own upstream socket; a datagram from one more client is "
                    + "dropped and counted (\"refused at the client cap\") until an idle mapping closes "
                    + "(default: ${DEFAULT-VALUE}).")
    private int maxMappings;

    /** Whether the live lines said already that nothing listens on the target; read and set by the ticker only. */
    private boolean toldUnreachable;
    /** Status lines formatted so far; the session's first one is its unprinted warm-up (ProxySession). */
    private int statusLines;

    ProxyUdpCommand(Io io) {
        this.io = io;
    }

    /** The relay's own limits, checked one flag at a time so the message names the flag. */
    private void checkRelayLimits(ProxySpec proxySpec, long maxQueuedBytes) {
        UdpRelayOptions relay = UdpRelayOptions.of(proxySpec.listen(), proxySpec.target());
        try {
            relay.withIdleTimeout(idleTimeout);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--idle-timeout: " + e.getMessage());
        }
        try {
            relay.withMaxQueuedBytes(maxQueuedBytes);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-queued: " + e.getMessage());
        }
        try {
            relay.withMaxMappings(maxMappings);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-mappings: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ProxyLinks chosen = ProxyLinks.of(options, spec.commandLine().getParseResult());
        ProxySpec proxySpec = chosen.spec(options);
        long maxQueuedBytes = parseBytes(maxQueued);
        checkRelayLimits(proxySpec, maxQueuedBytes);
        UdpProxy proxy;
        try {
            proxy = UdpProxy.start(proxySpec,
                    relay -> relay.withIdleTimeout(idleTimeout).withMaxQueuedBytes(maxQueuedBytes)
                            .withMaxMappings(maxMappings));
        } catch (PortInUseException e) {
            throw new RunFailureException(e.getMessage() + "; choose another with --listen", e);
        }
        options.noteWhenListeningBeyondLoopback(io, proxy.address());
        io.out().println("relaying UDP " + Hosts.text(proxy.address()) + " -> " + Hosts.text(options.target)
                + " with seed " + chosen.seed() + (options.duration == null ? "; Ctrl-C stops it" : ""));
        chosen.printLinks(io);
        double upLoss = Theory.lossRate(chosen.links().get(Direction.UPLINK).loss());
        double downLoss = Theory.lossRate(chosen.links().get(Direction.DOWNLINK).loss());
        if (upLoss > 0 && downLoss > 0) {
            // A request and its reply each cross the link once, so round trips are lost more often.
            io.out().printf(Locale.ROOT, "  a request and its reply both cross: expect about %.1f%% of round trips lost%n",
                    100 * (1 - (1 - upLoss) * (1 - downLoss)));
        }
        io.out().flush();
        chosen.printPhases(io);
        return new ProxySession<>(io, options.quiet, proxy, this::status, this::summary).run(options.duration);
    }

    private String status(UdpProxyStatus status) {
        UdpProxySummary.NotRelayed not = status.notRelayed();
        String notice = "";
        if (statusLines++ > 0 && not.serverUnreachable() > 0 && !toldUnreachable) {
            // Once, not every second: the count on the status line goes on telling how many.
            toldUnreachable = true;
            notice = "\n  nothing is listening on the target " + Hosts.text(options.target) + " (the system answered"
                    + " 'port unreachable'): start the server there; requests are dropped and counted as server unreachable";
        }
        return direction("uplink", status.uplink()) + " | " + direction("downlink", status.downlink())
                + " | queued " + status.queuedDatagrams() + " | clients " + status.clients()
                + (not.any() ? " | not relayed: " + notRelayed(not, status.uplink(), status.downlink()) : "") + notice;
    }

    /** The relay's own losses by cause, as the live line and the summary name them. */
    private static String notRelayed(UdpProxySummary.NotRelayed not, UdpTotals up, UdpTotals down) {
        return String.format(Locale.ROOT, "client cap %d, no socket %d, server unreachable %d, send errors %d,"
                + " handling errors %d, kernel %s", not.pastMappingLimit(), not.noSocket(), not.serverUnreachable(),
                up.sendErrors() + down.sendErrors(), not.handlingErrors(),
                not.kernelDrops().isPresent() ? String.valueOf(not.kernelDrops().getAsLong()) : "unknown");
    }

    private static String direction(String name, UdpTotals t) {
        return String.format(Locale.ROOT, "%s: forwarded %d dropped %d duplicated %d reordered %d corrupted %d",
                name, t.forwarded(), t.dropped(), t.duplicated(), t.reordered(), t.corrupted());
    }

    private List<String> summary(UdpProxySummary summary) {
        List<String> lines = new ArrayList<>();
        for (Direction d : Direction.values()) {
            UdpTotals t = summary.of(d);
            lines.add(String.format(Locale.ROOT,
                    "%-8s received %d, forwarded %d, dropped %d (loss or corrupt %d, queue full %d, link down %d, relay cap %d, rules %d),"
                            + " duplicated %d, reordered %d, corrupted %d, send errors %d",
                    d.label(), t.received(), t.forwarded(), t.dropped(), t.lossOrCorrupt(), t.queueFull(),
                    t.linkDown(), t.relayCap(), t.byRules(), t.duplicated(), t.reordered(), t.corrupted(), t.sendErrors()));
        }
        UdpProxySummary.NotRelayed not = summary.notRelayed();
        if (not.pastMappingLimit() > 0) {
            // Not silent loss: new clients were turned away at the cap and are served once a mapping closes.
            lines.add(String.format(Locale.ROOT, "refused at the client cap (--max-mappings %d): %d datagrams from new"
                    + " clients, each counted and in the ledger (mapping-cap); served once an idle mapping closes"
                    + " (--idle-timeout %s)", maxMappings, not.pastMappingLimit(),
                    dev.netlab.core.units.Durations.format(idleTimeout)));
        }
        if (not.noSocket() > 0) {
            lines.add("refused for want of a socket (out of file descriptors?): " + not.noSocket()
                    + " datagrams from new clients (ledger: no-socket)");
        }
        if (not.serverUnreachable() > 0) {
            lines.add("lost to an unreachable server (nothing listened at " + Hosts.text(options.target) + "): "
                    + not.serverUnreachable() + " requests (ledger: server-unreachable)");
        }
        if (not.handlingErrors() > 0) {
            lines.add("lost to handling errors (the relay went on): " + not.handlingErrors() + " datagrams");
        }
        if (summary.discardedAtStop() > 0) {
            lines.add("still waiting for their delay at the stop, discarded: " + summary.discardedAtStop() + " datagrams");
        }
        lines.add(not.kernelDrops().isPresent()
                ? "dropped by the kernel before the relay read them (full socket buffers): " + not.kernelDrops().getAsLong()
                : "drops in the kernel's socket buffers: unknown on this system (Linux shows them in /proc/net/udp)");
        lines.add("clients seen " + summary.clientsSeen() + ", at most " + summary.mostClientsAtOnce() + " at once"
                + ", seed " + summary.seed()
                + (summary.direct() ? " (no impairment: direct forwarding)" : "")
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
