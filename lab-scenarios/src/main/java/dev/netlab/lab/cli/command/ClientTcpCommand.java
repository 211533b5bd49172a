package dev.netlab.lab.cli.command;

import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.ClientOptions;
import dev.netlab.simulator.client.TcpLineClient;
import dev.netlab.simulator.net.Hosts;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code netlab client tcp}: one connection, one reply line per line typed. */
@Command(name = "tcp", mixinStandardHelpOptions = true,
        description = {
            "The notes' TCP client, in a loop: connects, sends each line of standard",
            "input and prints the reply as 'from server: ...'. If the server closes the",
            "connection after one answer (as the notes' server does), it connects again.",
            "End of input (Ctrl-D) ends it."
        })
public final class ClientTcpCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    private ClientOptions options;

    ClientTcpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        InetSocketAddress server = options.server();
        try {
            new TcpLineClient(server, options.timeout, io.err()).run(io.in(), io.out());
            return ExitCodes.OK;
        } catch (ConnectException e) {
            throw new RunFailureException("cannot connect to " + Hosts.text(server)
                    + ": connection refused (is the server running on that port?)", e);
        } catch (SocketTimeoutException e) {
            throw new RunFailureException("cannot connect to " + Hosts.text(server) + ": no answer within "
                    + dev.netlab.core.units.Durations.format(options.timeout), e);
        }
    }
}
