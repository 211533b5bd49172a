package dev.netlab.reports.results;

import dev.netlab.core.scenario.Transport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryFileOfAResultsDirectoryIntoRecords() throws IOException {
        RunResults r = ResultsReader.read(ResultsFixture.write(tmp, true));
        // The fixture's numbers, written by hand, come back field by field.
        assertEquals("fixture", r.scenario().name());
        assertEquals(42, r.scenario().seed());
        assertEquals(150, r.scenario().deadlineMs());
        assertEquals(List.of(new PhaseSpan("outage", 400, 500)), r.scenario().phases());
        assertEquals(0.0396, r.scenario().expected().roundTripLossRate());
        assertEquals("2%", r.scenario().uplink().get("loss"));
        assertEquals(List.of(Transport.UDP, Transport.TCP), r.transports());
        assertEquals(37, r.summaries().get(Transport.UDP).delivered());
        assertEquals(3, r.summaries().get(Transport.TCP).retransmissions().orElseThrow());
        assertTrue(r.summaries().get(Transport.UDP).retransmissions().isEmpty());
        assertEquals(80, r.messages().size());
        assertEquals(3, r.messagesOf(Transport.UDP).stream().filter(m -> !m.delivered()).count());
        assertEquals(4, r.cwnd().size());
        assertTrue(r.scenarioYaml().orElseThrow().contains("seed: 42"));
    }

    @Test
    void aMissingCwndFileIsFineAndSaidSo() throws IOException {
        RunResults r = ResultsReader.read(ResultsFixture.write(tmp, false));
        // cwnd.csv is optional: the report needs to know it was absent, not fail.
        assertFalse(r.cwndPresent());
        assertTrue(r.cwnd().isEmpty());
    }

    @Test
    void aMissingMessagesFileIsNamedInTheError() throws IOException {
        Files.delete(ResultsFixture.write(tmp, true).resolve("messages.csv"));
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(tmp));
        // The user must learn which file to look for.
        assertTrue(e.getMessage().startsWith("messages.csv is missing"), e.getMessage());
    }

    @Test
    void aBadCellIsNamedByFileLineAndColumn() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        List<String> lines = Files.readAllLines(dir.resolve("messages.csv"));
        lines.set(6, lines.get(6).replaceFirst("udp,0,5,160,", "udp,0,5,160,soon"));
        Files.write(dir.resolve("messages.csv"), lines);
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(dir));
        // Line 7 of the file is row 6 after the header: the message points at the exact cell.
        assertEquals("messages.csv line 7: sent_ms must be a number: 'soon250.0'", e.getMessage());
    }

    @Test
    void brokenJsonIsNamedWithItsLine() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        Files.writeString(dir.resolve("summary.json"), "{\n  \"scenario\": {\n  oops\n}");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(dir));
        assertTrue(e.getMessage().startsWith("summary.json is not valid JSON at line 3: it was edited or damaged"),
                e.getMessage());
    }

    @Test
    void aDirectoryThatIsNotThereSaysSo() {
        ResultsFormatException e = assertThrows(ResultsFormatException.class,
                () -> ResultsReader.read(tmp.resolve("nope")));
        assertTrue(e.getMessage().startsWith("not a results directory: "), e.getMessage());
    }

    @Test
    void aSummaryNestedDeeperThanJsonReadersAllowIsOneSentenceNotACrash() throws IOException {
        ResultsFixture.write(tmp, true);
        java.nio.file.Path summary = tmp.resolve("summary.json");
        String json = java.nio.file.Files.readString(summary).strip();
        // 5000 nested arrays: past Jackson's nesting limit, which refuses without a location.
        java.nio.file.Files.writeString(summary, json.substring(0, json.length() - 1) + ", \"deep\": "
                + "[".repeat(5000) + "]".repeat(5000) + "}");
        ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> ResultsReader.read(tmp));
        assertTrue(e.getMessage().startsWith("summary.json"), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    }
}
