package dev.netlab.lab.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code netlab server}: groups the lecture notes' servers. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run one of the lecture notes' servers (echo or upper case) until Ctrl-C.",
        subcommands = {ServerUdpCommand.class, ServerTcpCommand.class})
public final class ServerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose udp or tcp");
    }
}
