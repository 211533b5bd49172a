package dev.netlab.lab.cli.option;

import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.simulator.net.Hosts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Stop after this long, for example 30s (default: until Ctrl-C).")
    public Duration duration;

    @Option(names = "--quiet", description = "No live counters once a second; only the summary at the end.")
    public boolean quiet;

    /** The address to bind: {@code --bind} if given, else the {@code --listen} host, which must then be loopback. */
    public InetSocketAddress front() {
        if (bind != null) {
            return new InetSocketAddress(bind, listen.getPort());
        }
        if (!listen.getAddress().isLoopbackAddress()) {
            throw new BadInputException("--listen " + listen.getAddress().getHostAddress() + " would let other machines "
                    + "use this proxy; if you mean it, say so with --bind " + listen.getAddress().getHostAddress());
        }
        return listen;
    }

    /** Warns on the error stream when the proxy can be reached from other machines. */
    public void noteWhenListeningBeyondLoopback(Io io, InetSocketAddress bound) {
        if (!listen.getAddress().isLoopbackAddress() || bind != null && !bind.isLoopbackAddress()) {
            io.err().println("note: listening on " + Hosts.text(bound) + ", so other machines can use this proxy");
        }
    }
}
