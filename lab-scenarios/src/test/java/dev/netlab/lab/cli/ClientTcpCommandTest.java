package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.console.ExitCodes;
import org.junit.jupiter.api.Test;

class ClientTcpCommandTest {

    @Test
    void aGiveUpTimeShorterThanTheTimeoutIsBadInputNamingBoth() {
        // Checked before any connection: waiting less in all than before the "slow" notice makes no sense.
        CliRun run = CliRun.of("", "client", "tcp", "--port", "9", "--timeout", "2s", "--give-up", "1s");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--give-up must be at least --timeout (2s): 1s"), run.err());
    }

    @Test
    void theHelpSaysTheClientKeepsWaitingAndHowLong() {
        CliRun run = CliRun.of("", "client", "tcp", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("keeps waiting, up to --give-up"), run.out());
        String help = run.out().replaceAll("\\s+", " "); // picocli wraps the description
        assertTrue(help.contains("(default: 30s; at least --timeout, at most 1h)"), run.out());
    }
}
