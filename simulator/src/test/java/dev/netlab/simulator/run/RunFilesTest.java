package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {

    private static final Traffic VOIP = new Traffic(Profile.VOIP, 2, 5, 160, Duration.ofMillis(20), 1,
            Optional.of(Duration.ofMillis(150)), ServerMode.ECHO);

    @Test
    void linesReachTheFileOnlyWholeAndOnlyWhenFlushed(@TempDir Path dir) throws IOException {
        // Until a flush the file holds the header alone; after one, every line is whole and the file ends
        // with a line end: a kill between two flushes can leave nothing half written by netlab.
        Path file = dir.resolve("lines.csv");
        try (LineFile lines = LineFile.create(file, "a,b")) {
            lines.line("1,2");
            assertEquals("a,b\n", Files.readString(file));
            lines.flush();
            assertEquals("a,b\n1,2\n", Files.readString(file));
        }
    }

    @Test
    void aFullBatchIsWrittenWithoutWaitingForTheFlusherAndStillInWholeLines(@TempDir Path dir) throws IOException {
        // 10-character lines until the batch limit passes: the file then holds every line so far, whole.
        Path file = dir.resolve("lines.csv");
        try (LineFile lines = LineFile.create(file, "h")) {
            int count = LineFile.BATCH_CHARS / 10 + 1;
            for (int i = 0; i < count; i++) {
                lines.line(String.format("%09d", i));
            }
            String text = Files.readString(file);
            assertTrue(text.endsWith("\n"), "ends with a line end");
            assertEquals(count + 1, text.lines().count(), "the header and every line");
        }
    }

    @Test
    @Tag("socket") // threads
    void linesFromManyThreadsAreEachWrittenWholeAndNoneIsLost(@TempDir Path dir) throws Exception {
        // 4 threads x 20 000 lines with flushes in between: every line appears once, whole.
        Path file = dir.resolve("lines.csv");
        List<Thread> threads = new ArrayList<>();
        try (LineFile lines = LineFile.create(file, "thread,n")) {
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int n = 0; n < 20_000; n++) {
                        lines.line(thread + "," + n);
                        if (n % 1000 == 0) {
                            lines.flush();
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }
        List<String> rows = Files.readAllLines(file);
        assertEquals(80_001, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.matches("[0-3],\\d+")), "every row whole");
        assertEquals(80_000, rows.stream().skip(1).distinct().count());
    }

    @Test
    @Tag("socket") // the flusher's thread
    void theRunsFilesHoldTheLedgerAndAJournalOfEverySendAndFirstReply(@TempDir Path dir) throws IOException {
        // A send gives a row without a reply, the first reply a row with it; a duplicate reply gives none.
        try (RunFiles files = RunFiles.open(dir)) {
            files.ledger().sink(Transport.UDP).record(
                    new LedgerEntry(2_000, 0, Direction.UPLINK, 0, 0, 160, Action.DROPPED, 0, "loss"));
            MessageLog log = new MessageLog(2, 5, files.journal().sink(Transport.UDP, VOIP));
            log.sent(1, 0, 1_000_000);
            log.arrived(1, 1, 0, 41_234_567);
            log.arrived(1, 1, 0, 42_000_000);
        }
        assertEquals(List.of(ResultsCsv.LEDGER.header(), "udp,2000,0,uplink,0,0,160,dropped,0,loss"),
                Files.readAllLines(dir.resolve("ledger.csv")));
        assertEquals(List.of(ResultsCsv.MESSAGES.header(), "udp,1,0,160,1.000,,,0,,",
                "udp,1,0,160,1.000,41.235,40.235,0,0,false"), Files.readAllLines(dir.resolve("messages.csv")));
    }
}
