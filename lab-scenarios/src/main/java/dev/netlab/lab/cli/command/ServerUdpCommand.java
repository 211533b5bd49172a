package dev.netlab.lab.cli.command;

import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.ServerOptions;
import dev.netlab.simulator.net.Hosts;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code netlab server udp}: one socket serves every client, as in the lecture notes. */
@Command(name = "udp", mixinStandardHelpOptions = true,
        description = {
            "The notes' UDP server: one socket serves every client and replies to the",
            "address each datagram came from. Empty, non-UTF-8 or oversized datagrams",
            "never stop it."
        })
public final class ServerUdpCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    private ServerOptions options;

    ServerUdpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        options.warnIfBeyondLoopback(io.err());
        UdpServer server = start();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                io.err().println("stopped: " + server.received() + " datagrams received, "
                        + server.replied() + " replies sent");
            }, "netlab-server-stop"));
            io.out().println("The server is ready to receive (UDP, " + options.mode.label() + ") on "
                    + Hosts.text(server.address()) + "; Ctrl-C stops it");
            server.awaitStopped();
            return ExitCodes.OK;
        } finally {
            server.close();
        }
    }

    private UdpServer start() throws IOException {
        try {
            return UdpServer.start(options.address(), options.mode);
        } catch (PortInUseException e) {
            throw new RunFailureException(e.getMessage() + "; choose another with --port", e);
        }
    }
}
