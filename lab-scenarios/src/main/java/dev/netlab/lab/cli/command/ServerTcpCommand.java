package dev.netlab.lab.cli.command;

import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.Converters;
import dev.netlab.lab.cli.option.ServerOptions;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code netlab server tcp}: a welcoming socket and one connection socket per client. */
@Command(name = "tcp", mixinStandardHelpOptions = true,
        description = {
            "The notes' TCP server: a welcoming socket accepts each client and a new",
            "connection socket serves it. Answers line-by-line conversations and one-shot",
            "clients alike."
        })
public final class ServerTcpCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    private ServerOptions options;

    @Option(names = "--concurrency", paramLabel = "HOW", defaultValue = "iterative",
            converter = Converters.ConcurrencyConverter.class,
            description = "iterative serves one client at a time, like the notes; threads serves clients at once "
                    + "(default: ${DEFAULT-VALUE}).")
    private Concurrency concurrency;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "200",
            description = "With threads: serve at most N clients at once; one more is closed at once and counted "
                    + "(default: ${DEFAULT-VALUE}). The iterative server serves one client at a time and waits for "
                    + "it as long as it stays connected, as the notes' server does.")
    private int maxConnections;

    ServerTcpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        options.warnIfBeyondLoopback(io.err());
        TcpServer server = start();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                io.err().println("stopped: " + server.accepted() + " connections accepted"
                        + (server.refused() > 0 ? ", " + server.refused() + " refused (all " + maxConnections
                                + " threads busy)" : ""));
            }, "netlab-server-stop"));
            io.out().println("The server is ready to receive (TCP, " + options.mode.label() + ", "
                    + concurrency.label() + ") on " + Hosts.text(server.address()) + "; Ctrl-C stops it");
            server.awaitStopped();
            return ExitCodes.OK;
        } finally {
            server.close();
        }
    }

    private TcpServer start() throws IOException {
        try {
            return TcpServer.start(options.address(), options.mode, concurrency, maxConnections);
        } catch (PortInUseException e) {
            throw new RunFailureException(e.getMessage() + "; choose another with --port", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--max-connections: " + e.getMessage());
        }
    }
}
