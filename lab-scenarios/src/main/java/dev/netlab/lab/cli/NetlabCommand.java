package dev.netlab.lab.cli;

import dev.netlab.lab.cli.command.BenchCommand;
import dev.netlab.lab.cli.command.ClientCommand;
import dev.netlab.lab.cli.command.CompareCommand;
import dev.netlab.lab.cli.command.CompletionCommand;
import dev.netlab.lab.cli.command.ListCommand;
import dev.netlab.lab.cli.command.ProxyCommand;
import dev.netlab.lab.cli.command.ReportCommand;
import dev.netlab.lab.cli.command.RunCommand;
import dev.netlab.lab.cli.command.ServerCommand;
import dev.netlab.lab.cli.command.ShowCommand;
import dev.netlab.lab.cli.command.SweepCommand;
import dev.netlab.lab.cli.command.ValidateCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: {@code netlab}. It only dispatches to its subcommands. */
@Command(
        name = "netlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
            "A network-impairment lab for learning socket programming. Real UDP and TCP",
            "servers and clients talk through a relay that drops, delays, duplicates,",
            "corrupts and reorders their packets as a scenario says."
        },
        subcommands = {
            RunCommand.class,
            ListCommand.class,
            ShowCommand.class,
            ValidateCommand.class,
            dev.netlab.lab.cli.command.CheckCommand.class,
            SweepCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            ServerCommand.class,
            ClientCommand.class,
            ProxyCommand.class,
            BenchCommand.class,
            CompletionCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 failure while running, 2 bad input, 130 stopped by Ctrl-C.",
            "Try it: netlab server udp --mode upper",
            "   then in another terminal: netlab client udp"
        })
final class NetlabCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print details and stack traces of errors.")
    private boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "choose a subcommand: " + String.join(", ", spec.subcommands().keySet()));
    }
}
