package dev.netlab.lab.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code netlab client}: groups the lecture notes' clients. */
@Command(name = "client", mixinStandardHelpOptions = true,
        description = "Send each line you type to a server and print its reply.",
        subcommands = {ClientUdpCommand.class, ClientTcpCommand.class})
public final class ClientCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose udp or tcp");
    }
}
