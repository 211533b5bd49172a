package dev.netlab.lab.cli.command;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.scenarios.ScenarioCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code netlab validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files without running them.",
        description = {
            "Check scenario files without running them: one line per problem, with",
            "file:line:column, the key and what is allowed. Exit code 2 if any has a",
            "problem."
        })
public final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Files or names from 'netlab list'.")
    private List<String> scenarios;

    ValidateCommand(Io io) {
        this.io = io;
    }

    /** "voip, 500 messages per transport", or for a concurrent scenario "udp cbr, 2000 messages and tcp bulk, ...". */
    static String what(Scenario s) {
        if (!s.isConcurrent()) {
            return s.traffic().profile().label() + ", " + s.traffic().totalMessages() + " messages per transport";
        }
        return s.transports().stream().map(t -> t.label() + " " + s.traffic(t).profile().label() + ", "
                + s.traffic(t).totalMessages() + (s.traffic(t).profile().stopsAtEnd() ? " messages at most" : " messages"))
                .collect(java.util.stream.Collectors.joining(" and ")) + ", at the same time";
    }

    @Override
    public Integer call() {
        int bad = 0;
        for (String each : scenarios) {
            try {
                Scenario s = ScenarioCatalog.load(each);
                io.out().println(each + ": ok (" + s.name() + ", " + what(s) + ")");
            } catch (ScenarioException e) {
                io.err().println(e.getMessage()); // the first problems and a count of the rest
                bad++;
            } catch (ScenarioCatalog.UnknownScenarioException e) {
                io.err().println(each + ": " + e.getMessage());
                bad++;
            }
        }
        io.err().flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
