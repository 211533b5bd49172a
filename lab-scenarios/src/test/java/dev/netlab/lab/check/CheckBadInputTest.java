package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to netlab check: one line naming the place and what is allowed, exit 2, nothing run. */
class CheckBadInputTest {

    private static final String RX = "python3 rx.py {port} {out}";
    private static final String TX = "python3 tx.py {host} {port} {in}";

    @TempDir
    Path dir;

    @Test
    void aSuiteFileWithATypoGetsFileLineColumnAndExit2() {
        String typo = CheckCommandTest.SUITES.resolve("typo.yaml").toString();
        CliRun run = CliRun.of("", "check", "--suite", typo, "--receiver", RX, "--sender", TX,
                "--out", dir.resolve("o").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(typo + ":5:7: cases[0].uplink.los: unknown setting (did you mean 'loss'?)"),
                run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace without --verbose: " + run.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing written for bad input");
    }

    @Test
    void anUnknownSuiteNamesTheBuiltInOnes() {
        CliRun run = CliRun.of("", "check", "--suite", "rtd", "--receiver", RX, "--sender", TX);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("rtd:1:1: no built-in suite and no file of this name; built in: rdt"), run.err());
    }

    @Test
    void anUnknownPlaceholderIsBadInput() {
        CliRun run = CliRun.of("", "check", "--receiver", "python3 rx.py {prot} {out}", "--sender", TX);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--receiver: unknown placeholder {prot}"), run.err());
    }

    @Test
    void anUnknownCaseNamesTheSuitesCases() {
        CliRun run = CliRun.of("", "check", "--case", "data-loss-50", "--receiver", RX, "--sender", TX);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--case data-loss-50: no such case in rdt; its cases: perfect-small,"), run.err());
    }

    @Test
    void aSizeAboveTheLimitIsBadInput() {
        CliRun run = CliRun.of("", "check", "--size", "2GB", "--receiver", RX, "--sender", TX);
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("size must be between 0B and 100MB"), run.err());
    }
}
