package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ConcurrentFixture;
import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkShareTest {

    /** The fixture's numbers (ConcurrentFixture's Javadoc), rounded as the sentence rounds them. */
    private static final String SENTENCE = "UDP and TCP shared the 2 Mbit/s link at once: UDP delivered 98.8% of its"
            + " 1.60 Mbit/s offered (1.58 Mbit/s, 79% of the link); TCP, sending all it could, got 317.8 kbit/s (16% of the"
            + " link). Together they had 95% of it.";

    @Test
    void aConcurrentRunsSentenceSaysUdpKeptItsRateAndWhatTcpGotOfTheLink() {
        // 1976 of 2001 cbr messages over 10.02 s against 2001 over 10 s; 330 bulk messages over 9.97 s; a 2 Mbit/s link.
        assertEquals(SENTENCE, LinkShare.of(ConcurrentFixture.run(1, 1)).sentence());
    }

    @Test
    void theReportReadFromTheFilesSaysTheSameAsTheConsole(@TempDir Path dir) throws IOException {
        // Written, read back and computed again from messages.csv and summary.json: the same figures.
        Path results = ConcurrentFixture.write(dir, 1, 1);
        assertEquals(SENTENCE, LinkShare.of(ResultsReader.read(results)).sentence());
        LabReport.write(results, ReportOptions.DEFAULT);
        String md = Files.readString(results.resolve("report.md"));
        assertTrue(md.contains("## Sharing the link\n\n" + SENTENCE), md);
        // One table: UDP's offered and delivered share of the link, TCP's delivered share, both together.
        assertTrue(md.contains("| UDP | cbr, 1 client | 1.60 Mbit/s | 1.58 Mbit/s | 98.8% | 80% | 79% |"), md);
        assertTrue(md.contains("| TCP | bulk, 1 client | all it could (316.8 kbit/s taken) | 317.8 kbit/s | – | – | 16% |"), md);
        assertTrue(md.contains("| together | link rate 2.00 Mbit/s | – | 1.90 Mbit/s | – | – | 95% |"), md);
        assertTrue(md.contains("UDP (cbr, 1 client) and TCP (bulk, 1 client) crossed one link at once"), md);
    }

    @Test
    void aRunWhoseTransportsRanInTurnHasNoSharingSentenceOrTable(@TempDir Path dir) throws IOException {
        Path results = ResultsFixture.write(dir, true);
        LabReport.write(results, ReportOptions.DEFAULT);
        String md = Files.readString(results.resolve("report.md"));
        assertFalse(md.contains("Sharing the link"), md);
        assertFalse(md.contains("at once"), md);
        assertFalse(Files.exists(results.resolve("link-share.png")));
    }

    @Test
    void theSummaryTableGivesNoTheoryForUdpThatSharedTheQueueWithTcp(@TempDir Path dir) throws IOException {
        List<SummaryTable.Row> rows = SummaryTable.rows(ResultsReader.read(ConcurrentFixture.write(dir, 1, 1)));
        SummaryTable.Row delivered = rows.stream().filter(row -> row.measure().startsWith("delivered (95% CI)")).findFirst()
                .orElseThrow();
        assertEquals("–", delivered.theory());
        List<SummaryTable.Row> inTurn = SummaryTable.rows(ResultsReader.read(ResultsFixture.write(dir.resolve("in-turn"), true)));
        assertFalse(inTurn.stream().filter(row -> row.measure().startsWith("delivered (95% CI)")).findFirst()
                .orElseThrow().theory().equals("–"), "a run in turn keeps its theory");
    }

    @Test
    void aSmallFlowIsGivenInItsOwnUnitSoItsTwoFiguresStillDiffer() {
        // A 64 kbit/s call beside bulk TCP on 1 Mbit/s (bufferbloat): in Mbit/s both of the call's figures would read 0.06.
        // Its last reply came seconds late, so its goodput (48.4) is far below 88.6% of 64.1: the share is of bytes.
        LinkShare share = new LinkShare(List.of(new LinkShare.Flow(Transport.UDP, "voip, 1 client", false, 64_100, 48_400,
                0.886), new LinkShare.Flow(Transport.TCP, "bulk, 1 client", true, 716_000, 716_000, 1.0)), 1e6);
        assertEquals("UDP and TCP shared the 1 Mbit/s link at once: UDP delivered 88.6% of its 64.1 kbit/s offered"
                + " (48.4 kbit/s, 5% of the link); TCP, sending all it could, got 716.0 kbit/s (72% of the link). Together"
                + " they had 76% of it.", share.sentence());
    }

    @Test
    void withoutARateTheSentenceSaysTheyDidNotCompeteAndGivesNoShareOfTheLink() {
        LinkShare share = new LinkShare(LinkShare.of(ConcurrentFixture.run(1, 1)).flows(), Double.NaN);
        assertEquals("UDP and TCP crossed the link at once (it has no rate, so they did not compete for it): UDP"
                + " delivered 98.8% of its 1.60 Mbit/s offered (1.58 Mbit/s); TCP, sending all it could, got 317.8 kbit/s.",
                share.sentence());
    }
}
