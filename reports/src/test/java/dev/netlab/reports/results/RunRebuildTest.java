package dev.netlab.reports.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ReportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made directories as a killed run leaves them: scenario.yaml, the messages journal and the ledger, no summary. */
class RunRebuildTest {

    /** UDP then TCP; UDP's in-flight window is its drain, 2 s (the default, above 2 x 5 ms + 0.5 s). */
    private static final String SCENARIO = """
            name: killed
            seed: 7
            traffic: {profile: game, clients: 1, interval: 10ms, duration: 1s}
            link: {loss: 10%, delay: 5ms}
            transports: [udp, tcp]
            """;

    private static Path killedRun(Path dir, String messages, String ledger) throws IOException {
        Files.writeString(dir.resolve("scenario.yaml"), SCENARIO);
        Files.writeString(dir.resolve("messages.csv"), ResultsCsv.MESSAGES.header() + "\n" + messages);
        Files.writeString(dir.resolve("ledger.csv"), ResultsCsv.LEDGER.header() + "\n" + ledger);
        return dir;
    }

    private static JsonNode summary(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    }

    @Test
    void aKilledRunsSummaryIsRebuiltFromItsJournalAndLedgerAndMarkedInterrupted(@TempDir Path tmp) throws IOException {
        // UDP finished (TCP follows it): its unanswered message is lost. TCP was running: its unanswered
        // message is in flight. Each file ends in a torn line (no line end): both are left out, counted.
        Path dir = killedRun(tmp, """
                udp,0,0,64,0.000,,,0,,
                udp,0,1,64,10.000,,,0,,
                udp,0,0,64,0.000,12.000,12.000,0,0,false
                tcp,0,0,64,0.000,,,0,,
                tcp,0,0,64,0.000,11.000,11.000,0,0,false
                tcp,0,1,64,10.000,,,0,,
                tcp,0,2,64,20.000,,,0,,
                tcp,0,2,64,20.000,40.000,20.000,0,1,false
                tcp,0,3,64,30""", """
                udp,1000,0,uplink,1,0,100,dropped,0,loss
                udp,2000,0,downlink,0,0,100,queue-drop,0,relay-queue-cap
                tcp,3000,0,uplink,0,0,100,forwarded,5000,
                tcp,4000,0,upl""");
        assertTrue(RunRebuild.needed(dir));
        RunRebuild.Rebuilt rebuilt = RunRebuild.rebuild(dir);
        assertEquals(2, rebuilt.partialLinesDropped());
        JsonNode s = summary(dir);
        assertTrue(s.path("interrupted").asBoolean() && s.path("partial").asBoolean(), s.toString());
        assertEquals(2, s.path("partialLinesDropped").asInt());
        JsonNode udp = s.path("transports").path("udp");
        assertEquals(List.of(2L, 1L, 1L, 0L), List.of(udp.path("sent").asLong(), udp.path("delivered").asLong(),
                udp.path("lost").asLong(), udp.path("inFlight").asLong()));
        assertEquals(1, udp.path("ledger").path("uplink").path("dropped").asLong());
        assertEquals(1, udp.path("ledger").path("relayCapDrops").asLong(), "the relay's own drop, by its reason");
        assertEquals(0, udp.path("ledger").path("downlink").path("queueDrop").asLong());
        JsonNode tcp = s.path("transports").path("tcp");
        assertEquals(List.of(3L, 2L, 0L, 1L), List.of(tcp.path("sent").asLong(), tcp.path("delivered").asLong(),
                tcp.path("lost").asLong(), tcp.path("inFlight").asLong()));
        assertFalse(tcp.path("consistency").has("ok"), "the check is not run on a rebuilt summary");
        // messages.csv now holds one whole row per message with a fate, in-flight ones left out: 2 UDP + 2 TCP.
        List<String> rows = Files.readAllLines(dir.resolve("messages.csv"));
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.split(",", -1).length == 10), rows.toString());
        assertFalse(RunRebuild.needed(dir), "rebuilt once");
    }

    @Test
    void aUdpMessageIsInFlightOnlyWhenSentWithinTheDrainBeforeTheLastThingRecorded(@TempDir Path tmp) throws IOException {
        // UDP alone, killed: last event at 2900 ms, so messages unanswered and sent from 900 ms on are in flight.
        Path dir = killedRun(tmp, """
                udp,0,0,64,0.000,,,0,,
                udp,0,1,64,2500.000,,,0,,
                udp,0,1,64,2500.000,2510.000,10.000,0,0,false
                udp,0,2,64,2900.000,,,0,,
                """, "");
        RunRebuild.rebuild(dir);
        JsonNode udp = summary(dir).path("transports").path("udp");
        assertEquals(List.of(3L, 1L, 1L, 1L), List.of(udp.path("sent").asLong(), udp.path("delivered").asLong(),
                udp.path("lost").asLong(), udp.path("inFlight").asLong()));
        assertEquals(0, summary(dir).path("partialLinesDropped").asInt());
    }

    @Test
    void theReportOfARebuiltRunSaysItWasInterruptedAndWhatThatMeans(@TempDir Path tmp) throws IOException {
        Path dir = killedRun(tmp, "udp,0,0,64,0.000,,,0,,\nudp,0,0,64,0.000,12.000,12.000,0,0,false\n", "");
        RunRebuild.rebuild(dir);
        LabReport.write(dir, ReportOptions.DEFAULT);
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("This run was interrupted: the process was killed before it finished"), md);
        assertTrue(md.contains("Messages without a reply at the end count as in flight, not lost"), md);
        assertTrue(ResultsReader.read(dir).interrupted());
    }

    @Test
    void withoutTheScenarioTheSummaryCannotBeRebuiltAndTheMessageSaysWhy(@TempDir Path tmp) throws IOException {
        Path dir = killedRun(tmp, "", "");
        Files.delete(dir.resolve("scenario.yaml"));
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> RunRebuild.rebuild(dir));
        assertTrue(e.getMessage().contains("scenario.yaml are missing"), e.getMessage());
    }

    @Test
    void aRunKilledBeforeItsFirstMessageHasNothingToReport(@TempDir Path tmp) throws IOException {
        Path dir = killedRun(tmp, "", "");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> RunRebuild.rebuild(dir));
        assertTrue(e.getMessage().contains("killed before it sent any"), e.getMessage());
    }
}
