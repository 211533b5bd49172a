package dev.netlab.lab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code netlab run NAME}: the lab run. The scenario runner is not built yet, so for now it says
 * so plainly and points to what works today.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a named scenario over UDP and TCP and compare them (not built yet).")
final class RunCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario name or file, for example clean.")
    private String scenario;

    RunCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.err().println("netlab run: the scenario runner is not built yet, so '"
                + (scenario == null ? "clean" : scenario) + "' cannot run.");
        io.err().println("Available now: 'netlab server udp|tcp' and 'netlab client udp|tcp' "
                + "(see 'netlab --help').");
        return ExitCodes.FAILURE;
    }
}
