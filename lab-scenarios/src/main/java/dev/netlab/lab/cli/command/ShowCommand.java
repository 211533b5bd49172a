package dev.netlab.lab.cli.command;

import dev.netlab.core.scenario.ScenarioWriter;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.option.Scenarios;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code netlab show NAME}: the scenario as resolved YAML, every default filled in. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a scenario as resolved YAML: every default filled in, ready to copy and edit.")
public final class ShowCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(paramLabel = "SCENARIO", description = "A name from 'netlab list' or a file.")
    private String scenario;

    ShowCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.out().print(ScenarioWriter.toYaml(Scenarios.load(scenario)));
        io.out().flush();
        return ExitCodes.OK;
    }
}
