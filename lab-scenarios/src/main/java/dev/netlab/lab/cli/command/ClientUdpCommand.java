package dev.netlab.lab.cli.command;

import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.option.ClientOptions;
import dev.netlab.simulator.client.UdpLineClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code netlab client udp}: each line becomes one datagram; a lost one is reported and skipped. */
@Command(name = "udp", mixinStandardHelpOptions = true,
        description = {
            "The notes' UDP client, in a loop: each line of standard input is sent as one",
            "datagram and the reply printed as 'from server: ...'. A reply that does not",
            "come within the timeout is reported as lost and the client goes on. End of",
            "input (Ctrl-D) ends it."
        })
public final class ClientUdpCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    private ClientOptions options;

    ClientUdpCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        new UdpLineClient(options.server(), options.timeout).run(io.in(), io.out());
        return ExitCodes.OK;
    }
}
