package dev.netlab.lab.cli.option;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.scenarios.ScenarioCatalog;

/** Loads a scenario for a command, turning problems into bad input (exit 2, one line per problem). */
public final class Scenarios {

    private Scenarios() {
    }

    public static Scenario load(String nameOrFile) {
        try {
            return ScenarioCatalog.load(nameOrFile);
        } catch (ScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (ScenarioCatalog.UnknownScenarioException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
