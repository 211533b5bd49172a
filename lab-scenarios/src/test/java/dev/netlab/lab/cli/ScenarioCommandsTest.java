package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("socket")
class ScenarioCommandsTest {

    @Test
    void validateNamesAMisspeltKeyAndAnOutOfRangeValueWithTheirLinesAndExitsWithTwo(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                name: mine
                traffic:
                  profile: voip
                link:
                  los: 5%
                  delay: 20ms
                  duplicate: 150%
                """);
        CliRun run = CliRun.of("", "validate", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        String[] lines = run.err().split("\n");
        assertEquals(2, lines.length, run.err());
        assertTrue(lines[0].startsWith(file + ":5:3: link.los: unknown setting (did you mean 'loss'?)"), lines[0]);
        assertEquals(file + ":7:14: link.duplicate: duplicate must be between 0% and 100%: 150%", lines[1]);
        assertFalse(run.err().contains("Exception"), "no stack trace");
    }

    @Test
    void runWithABadFileSaysWhereAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: bad\ntraffic: {profile: vopi}\n");
        CliRun run = CliRun.of("", "run", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(file + ":2:20: traffic.profile: unknown profile 'vopi'"), run.err());
    }

    @Test
    void listShowsEveryNamedScenarioWithItsProfile() {
        CliRun run = CliRun.of("", "list");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("lossy-wifi"), run.out());
        assertTrue(run.out().contains("handover"), run.out());
    }

    @Test
    void showPrintsTheResolvedScenarioWithItsSeed() {
        CliRun run = CliRun.of("", "show", "handover");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("seed: 21"), run.out());
        assertTrue(run.out().contains("phases:"), run.out());
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        CliRun run = CliRun.of("", "run", "no-such-scenario");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("unknown scenario 'no-such-scenario'"), run.err());
    }
}
