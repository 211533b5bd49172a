package dev.netlab.lab.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code netlab proxy}: put any program behind netlab's impairments. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = "Relay between your own client and server and impair the packets on the way.",
        subcommands = {ProxyUdpCommand.class, ProxyTcpCommand.class})
public final class ProxyCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose udp or tcp");
    }
}
