package dev.netlab.lab.cli.command;

import dev.netlab.core.units.Durations;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.ClientOptions;
import dev.netlab.lab.cli.option.Converters;
import dev.netlab.simulator.client.TcpLineClient;
import dev.netlab.simulator.net.Hosts;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code netlab client tcp}: one connection, one reply line per line typed. */
@Command(name = "tcp", mixinStandardHelpOptions = true,
        description = {
            "The notes' TCP client, in a loop: connects, sends each line of standard",
            "input and prints the reply as 'from server: ...'. TCP does not lose data: after",
            "--timeout it says the reply is slow and keeps waiting, up to --give-up, then",
            "closes that connection so a late reply is never printed against a later line.",
            "If the server closed the connection before answering (the notes' server answers",
            "once and closes), it says so, connects again and sends the line again.",
            "End of input (Ctrl-D) ends it."
        })
public final class ClientTcpCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    private ClientOptions options;

    @Option(names = "--give-up", paramLabel = "DURATION", defaultValue = "30s",
            converter = Converters.UpToOneHour.class,
            description = "How long to wait for one reply in all before closing its connection"
                    + " (default: ${DEFAULT-VALUE}; at least --timeout, at most 1h).")
    private Duration giveUp;

    ClientTcpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        InetSocketAddress server = options.server();
        if (giveUp.compareTo(options.timeout) < 0) {
            throw new BadInputException("--give-up must be at least --timeout (" + Durations.format(options.timeout)
                    + "): " + Durations.format(giveUp));
        }
        try {
            new TcpLineClient(server, options.timeout, giveUp, io.err()).run(io.in(), io.out());
            return ExitCodes.OK;
        } catch (ConnectException e) {
            throw new RunFailureException("cannot connect to " + Hosts.text(server)
                    + ": connection refused (is the server running on that port?)", e);
        } catch (SocketTimeoutException e) {
            throw new RunFailureException("cannot connect to " + Hosts.text(server) + ": no answer within "
                    + Durations.format(options.timeout), e);
        }
    }
}
