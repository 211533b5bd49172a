package dev.netlab.lab.cli.option;

import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.simulator.capture.CaptureSpec;
import dev.netlab.simulator.net.Hosts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What every proxy shares: where it listens, where it forwards, the seed, the ledger, how long. */
public final class ProxyOptions {

    @Option(names = "--listen", required = true, paramLabel = "HOST:PORT", converter = HostPort.class,
            description = "Where clients connect, for example 127.0.0.1:9000 (or just 9000).")
    public InetSocketAddress listen;

    @Option(names = "--target", required = true, paramLabel = "HOST:PORT", converter = HostPort.class,
            description = "The server to forward to, for example 127.0.0.1:2105.")
    public InetSocketAddress target;

    @Option(names = "--bind", paramLabel = "HOST", converter = Converters.HostConverter.class,
            description = "Listen on this address instead of the --listen host. Needed to listen beyond this "
                    + "machine (for example --bind 0.0.0.0), because other machines can then use the proxy.")
    public InetAddress bind;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Take the link (both directions, phases included) and seed from a scenario instead of "
                    + "impairment flags.")
    public String scenario;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for every random decision; the same seed and traffic give the same fates "
                    + "(default: a random seed, printed so you can repeat the run).")
    public Long seed;

    @Option(names = "--ledger", paramLabel = "FILE",
            description = "Write every decision to this CSV file (flushed on exit and on Ctrl-C).")
    public Path ledger;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.UpToOneDay.class,
            description = "Stop after this long, for example 30s, at most 24h (default: until Ctrl-C).")
    public Duration duration;

    @Option(names = "--rule", paramLabel = "RULE",
            description = "A targeted fault, repeatable, acting before the random impairments, for example "
                    + "--rule 'uplink index=1 drop' or --rule 'downlink payload=ACK index=1 drop'. "
                    + "Syntax: [uplink|downlink|both] [index=1,3,5-7] [after=2s] [before=5s] "
                    + "[payload=TEXT|payload=hex:0a0b|payload~REGEX] [times=N] ACTION, the action one of drop, corrupt[=OFFSET], "
                    + "duplicate, delay=DURATION, hold[=LIMIT], pass (spared the random impairments; docs/impairments.md, \"Rules\").")
    public java.util.List<String> rules = new java.util.ArrayList<>();

    @Option(names = "--pcap", paramLabel = "FILE",
            description = "Write every packet and the relay's decision on it to this pcapng capture, which "
                    + "Wireshark and tshark open (docs/capture.md); replaced if it exists.")
    public Path pcap;

    @Option(names = "--pcap-limit", paramLabel = "SIZE", defaultValue = "100MB",
            description = "The capture's size limit, at least 64KiB (default: ${DEFAULT-VALUE}); packets past it "
                    + "are counted in the summary, not written.")
    public String pcapLimit;

    @Option(names = "--quiet", description = "No live counters once a second; only the summary at the end.")
    public boolean quiet;

    /** The address to bind: {@code --bind} if given, else the {@code --listen} host, which must then be loopback. */
    public InetSocketAddress front() {
        InetSocketAddress front;
        if (bind != null) {
            front = new InetSocketAddress(bind, listen.getPort());
        } else if (!listen.getAddress().isLoopbackAddress()) {
            throw new BadInputException("--listen " + listen.getAddress().getHostAddress() + " would let other machines "
                    + "use this proxy; if you mean it, say so with --bind " + listen.getAddress().getHostAddress());
        } else {
            front = listen;
        }
        refuseLoop(front, target);
        refuseMissingDirectory("--ledger", ledger);
        refuseMissingDirectory("--pcap", pcap);
        return front;
    }

    /** The capture asked for with {@code --pcap}, if any, with its size limit. */
    public java.util.Optional<CaptureSpec> capture() {
        if (pcap == null) {
            return java.util.Optional.empty();
        }
        long limit = CaptureLimit.parse("--pcap-limit", pcapLimit);
        return java.util.Optional.of(new CaptureSpec(pcap, limit));
    }

    /** A ledger or capture file must go into a directory that exists: found now, not after the proxy started. */
    static void refuseMissingDirectory(String flag, Path file) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new BadInputException(flag + " " + file + ": the directory " + parent + " does not exist;"
                    + " create it or write the file elsewhere");
        }
    }

    /**
     * Refuses a target the relay would reach itself through: port 0 (no server listens there) or
     * the address and port the relay binds, which would send every packet back into the relay,
     * a storm to the file-descriptor limit (TCP) or a full mapping table (UDP).
     */
    static void refuseLoop(InetSocketAddress front, InetSocketAddress target) {
        if (target.getPort() == 0) {
            throw new BadInputException("--target " + Hosts.text(target) + ": port 0 is not a server's port;"
                    + " give the port the server listens on, for example --target 127.0.0.1:2105");
        }
        if (target.getPort() != front.getPort()) {
            return;
        }
        InetAddress to = target.getAddress();
        boolean self = to.equals(front.getAddress()) || to.isAnyLocalAddress()
                || front.getAddress().isAnyLocalAddress() && isThisMachine(to);
        if (self) {
            throw new BadInputException("--target " + Hosts.text(target) + " is the proxy's own --listen address:"
                    + " the relay would forward to itself; give the server's address and port");
        }
    }

    private static boolean isThisMachine(InetAddress address) {
        try {
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false; // cannot tell: let the bind and the first packet show what happens
        }
    }

    /** Warns on the error stream when the proxy can be reached from other machines. */
    public void noteWhenListeningBeyondLoopback(Io io, InetSocketAddress bound) {
        if (!listen.getAddress().isLoopbackAddress() || bind != null && !bind.isLoopbackAddress()) {
            io.err().println("note: listening on " + Hosts.text(bound) + ", so other machines can use this proxy");
        }
    }
}
