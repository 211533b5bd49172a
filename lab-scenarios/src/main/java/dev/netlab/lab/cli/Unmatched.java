package dev.netlab.lab.cli;

import dev.netlab.core.scenario.Suggestions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * An argument picocli could not place, in the user's words: the unknown command or option with the
 * closest known one ("unknown command 'rn'; did you mean 'run'?") instead of "Unmatched arguments
 * from index 0".
 */
final class Unmatched {

    private Unmatched() {
    }

    /** The sentence for the first unmatched argument, or null to keep picocli's own. */
    static String explain(UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched == null || unmatched.isEmpty()) {
            return null;
        }
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String typed = unmatched.get(0);
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> options = new ArrayList<>();
            for (OptionSpec option : spec.options()) {
                options.addAll(List.of(option.names()));
            }
            return "unknown option '" + name + "'" + Suggestions.closest(name, options)
                    .map(best -> "; did you mean '" + best + "'?").orElse("");
        }
        if (!spec.subcommands().isEmpty() && !spec.subcommands().containsKey(typed)) { // a group takes no arguments
            List<String> commands = new ArrayList<>(spec.subcommands().keySet());
            return "unknown command '" + typed + "'" + Suggestions.closest(typed, commands)
                    .map(best -> "; did you mean '" + best + "'?")
                    .orElse("; the commands are " + String.join(", ", commands));
        }
        return "unexpected argument '" + typed + "'" + (unmatched.size() > 1 ? " (and " + (unmatched.size() - 1)
                + " more after it)" : "");
    }
}
