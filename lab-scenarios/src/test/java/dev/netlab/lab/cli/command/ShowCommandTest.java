package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.scenarios.ScenarioCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    /** A duration written in nanoseconds, such as {@code 16666667ns}: what a student cannot read. */
    private static final Pattern NANOS = Pattern.compile("\\d+ns\\b");

    @Test
    void everyShippedScenarioShownLoadsBackToTheSameScenario() {
        for (String name : ScenarioCatalog.names()) {
            CliRun run = CliRun.of("", "show", name);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            // Equal records mean every setting, the seed and the description survived the round trip.
            Scenario shown = ScenarioLoader.load(name + "-shown.yaml", run.out());
            assertEquals(ScenarioCatalog.load(name), shown, name + ":\n" + run.out());
        }
    }

    @Test
    void everyShippedScenarioIsShownAsTextAStudentCanEdit() {
        for (String name : ScenarioCatalog.names()) {
            String yaml = CliRun.of("", "show", name).out();
            assertFalse(NANOS.matcher(yaml).find(), name + " shows nanoseconds:\n" + yaml);
            assertFalse(yaml.contains("\"true\"") || yaml.contains("\"false\""), name + " quotes a boolean:\n" + yaml);
            assertFalse(yaml.contains("\\"), name + " has a backslash escape:\n" + yaml);
            assertTrue(yaml.contains("description: >\n  "), name + " description is not a folded block:\n" + yaml);
            assertTrue(yaml.lines().allMatch(l -> l.length() <= 100), name + " has a line over 100 columns:\n" + yaml);
        }
    }

    @Test
    void theGameProfilesIntervalIsShownInMillisecondsWithDecimalsAndLoadsBackExactly(@TempDir Path dir) throws IOException {
        // 60 messages per second: an interval of 16 666 667 ns, the case that used to show as nanoseconds.
        Path file = dir.resolve("game.yaml");
        Files.writeString(file, "name: game\ntraffic: {profile: game, duration: 1s}\nlink: {delay: 5ms, jitter: 1ms, preserveOrder: false}\n");
        String yaml = CliRun.of("", "show", file.toString()).out();
        assertTrue(yaml.contains("interval: 16.666667ms"), yaml);
        assertTrue(yaml.contains("preserveOrder: false"), yaml);
        assertTrue(yaml.contains("description: \"\"\n"), yaml);
        assertEquals(16_666_667L, ScenarioLoader.load("s.yaml", yaml).traffic().interval().toNanos());
    }
}
