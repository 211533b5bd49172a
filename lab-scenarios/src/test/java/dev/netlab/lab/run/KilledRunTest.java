package dev.netlab.lab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.lab.Main;
import dev.netlab.lab.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code netlab run} in a child JVM, killed with SIGKILL in the middle of its run: what it
 * leaves is whole, and {@code netlab report} rebuilds a summary whose counts are the rows'.
 */
@Tag("socket")
class KilledRunTest {

    /** Journal lines to wait for before the kill: the run is then well into its UDP transport. */
    private static final int LINES_BEFORE_KILL = 400;

    @Test
    @Timeout(180)
    void aRunKilledMidWayLeavesWholeRowsAndReportRebuildsASummaryThatMatchesThem(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Process child = start(dir, tmp.resolve("child.log"));
        try {
            awaitJournal(dir.resolve(ResultsCsv.MESSAGES.fileName()), child);
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child died");
        }
        assertTrue(Files.exists(dir.resolve("scenario.yaml")), "scenario.yaml is written before the run");
        assertFalse(Files.exists(dir.resolve("summary.json")), "killed before it finished");
        Rows journal = wholeRows(dir.resolve(ResultsCsv.MESSAGES.fileName()), ResultsCsv.MESSAGES.columns().size());
        Rows ledger = wholeRows(dir.resolve(ResultsCsv.LEDGER.fileName()), ResultsCsv.LEDGER.columns().size());

        CliRun report = CliRun.of("", "report", dir.toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(report.err().contains("the run was interrupted"), report.err());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(summary.path("interrupted").asBoolean(), summary.toString());
        // netlab writes whole lines only, so both are normally 0; a write cut short by the kill would show here.
        assertEquals((journal.torn ? 1 : 0) + (ledger.torn ? 1 : 0), summary.path("partialLinesDropped").asInt());
        JsonNode udp = summary.path("transports").path("udp");
        // The journal's counts, message by message, are the summary's: every send is sent, every reply delivered,
        // and the rest is lost or in flight; the rewritten messages.csv holds exactly the messages with a fate.
        assertEquals(journal.sent.size(), udp.path("sent").asLong(), udp.toString());
        assertEquals(journal.replied.size(), udp.path("delivered").asLong(), udp.toString());
        assertEquals(journal.sent.size() - journal.replied.size(), udp.path("lost").asLong() + udp.path("inFlight").asLong());
        Rows rebuilt = wholeRows(dir.resolve(ResultsCsv.MESSAGES.fileName()), ResultsCsv.MESSAGES.columns().size());
        assertEquals(udp.path("sent").asLong() - udp.path("inFlight").asLong(), rebuilt.rows);
        assertEquals(udp.path("delivered").asLong(), rebuilt.replied.size());
        assertTrue(Files.exists(dir.resolve("report.html")));
    }

    private static Process start(Path dir, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "lossy-wifi", "--transports", "udp", "--out", dir.toString(), "--quiet");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /** Waits, at most 60 s, until the journal holds enough lines; fails if the child ends first. */
    private static void awaitJournal(Path messages, Process child) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() - until < 0) {
            assertTrue(child.isAlive(), "the run ended before it was killed");
            if (Files.exists(messages) && Files.readAllLines(messages, StandardCharsets.UTF_8).size() > LINES_BEFORE_KILL) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run wrote fewer than " + LINES_BEFORE_KILL + " journal lines in 60 s");
    }

    /** What a messages or ledger file holds. */
    private static final class Rows {
        final Set<String> sent = new HashSet<>();
        final Set<String> replied = new HashSet<>();
        long rows;
        boolean torn;
    }

    /**
     * Checks every line that ends with a line end has all its fields (a last line without one would be
     * left out by the rebuild, never read as half a row) and counts messages by transport, client and seq.
     */
    private static Rows wholeRows(Path file, int fields) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Rows out = new Rows();
        out.torn = !text.isEmpty() && !text.endsWith("\n");
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (out.torn) {
            lines.remove(lines.size() - 1);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(fields, cells.length, file.getFileName() + ": " + line);
            out.rows++;
            String key = cells[0] + "/" + cells[1] + "/" + cells[2];
            out.sent.add(key);
            if (!cells[6].isEmpty()) {
                out.replied.add(key);
            }
        }
        return out;
    }
}
