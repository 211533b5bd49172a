package dev.netlab.lab.cli.command;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.option.Scenarios;
import dev.netlab.lab.scenarios.ScenarioCatalog;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code netlab list}: the named scenarios and what each shows. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the named scenarios.")
public final class ListCommand implements Callable<Integer> {

    private final Io io;

    ListCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.out().printf(Locale.ROOT, "%-26s %-11s %s%n", "scenario", "profile", "what it shows");
        for (String name : ScenarioCatalog.names()) {
            Scenario s = Scenarios.load(name);
            io.out().printf(Locale.ROOT, "%-26s %-11s %s%n", name, profiles(s), firstSentence(s.description()));
        }
        io.out().println();
        io.out().println("Run one with: netlab run NAME    See one with: netlab show NAME");
        return ExitCodes.OK;
    }

    /** The profile, or each transport's for a concurrent scenario: {@code cbr + bulk}. */
    static String profiles(Scenario s) {
        return s.transports().stream().map(t -> s.traffic(t).profile().label()).distinct()
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    static String firstSentence(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        return end < 0 ? flat : flat.substring(0, end + 1);
    }
}
