package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    /** The smallest results directory the reader accepts: one UDP message, delivered. */
    private Path results() throws IOException {
        Files.writeString(tmp.resolve("summary.json"), """
                {"scenario": {"name": "tiny", "seed": 7, "profile": "voip", "clients": 1, "durationMs": 100},
                 "transports": {"udp": {"sent": 1, "delivered": 1, "lost": 0, "deliveryRatio": 1.0,
                   "rttMs": {"p50": 40.0, "p90": 40.0, "p99": 40.0, "max": 40.0, "mean": 40.0}}}}
                """);
        Files.writeString(tmp.resolve("messages.csv"),
                "transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late\n"
                        + "udp,0,0,64,0,40,40,0,0,\n");
        return tmp;
    }

    @Test
    void writesTheReportAndPrintsWhereItIs() throws IOException {
        Path dir = results();
        CliRun run = CliRun.of("", "report", dir.toString(), "--size", "400x250");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // The one line on stdout is the path a student opens; the file is there.
        assertEquals(dir.resolve("report.html").toAbsolutePath().normalize() + "\n", run.out());
        assertTrue(Files.exists(dir.resolve("delivery.png")));
    }

    @Test
    void aDirectoryWithoutResultsIsOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of("", "report", tmp.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        // Bad input, not a crash: one line naming the missing file, no stack trace.
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("summary.json is missing"), run.err());
        assertFalse(run.err().contains("at dev.netlab"));
    }

    @Test
    void aBadSizeIsOneLineThatSaysWhatIsExpected() throws IOException {
        CliRun run = CliRun.of("", "report", results().toString(), "--size", "big");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("expected WIDTHxHEIGHT"), run.err());
    }
}
