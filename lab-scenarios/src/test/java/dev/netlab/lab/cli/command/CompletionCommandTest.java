package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {

    @Test
    void completionPrintsABashScriptThatKnowsEverySubcommandAndItsOptions() {
        CliRun run = CliRun.of("", "completion");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("complete -F _complete_netlab"), "registers itself for netlab");
        // Generated from the command line itself: the new subcommands and a subcommand's own option are in it.
        for (String word : List.of("compare", "completion", "sweep", "--vary", "--duration")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void everySubcommandAnswersVersionWithTheRootsVersion() {
        String version = CliRun.of("", "-V").out();
        assertTrue(version.startsWith("netlab "), version);
        for (String command : List.of("run", "show", "sweep", "compare", "bench", "completion", "report", "validate")) {
            CliRun run = CliRun.of("", command, "-V");
            assertEquals(ExitCodes.OK, run.exitCode(), command + ": " + run.err());
            assertEquals(version, run.out(), command);
        }
    }
}
