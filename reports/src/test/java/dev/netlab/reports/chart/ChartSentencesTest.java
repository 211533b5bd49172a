package dev.netlab.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chart's sentence on hand-made runs whose right sentence is worked out in the comments. */
class ChartSentencesTest {

    @TempDir
    Path tmp;

    private RunResults fixture;

    @BeforeEach
    void read() throws IOException {
        fixture = ResultsReader.read(ResultsFixture.write(tmp, true));
    }

    /** The fixture's scenario with other UDP messages: {@code lost[c]} holds client c's lost seqs. */
    private RunResults udpOnly(int clients, int perClient, double offsetMs, List<List<Integer>> lost) {
        List<MessageRow> rows = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long index = 0;
            for (int s = 0; s < perClient; s++) {
                double sent = s * 50.0 + c * offsetMs;
                boolean gone = lost.get(c).contains(s);
                rows.add(new MessageRow(Transport.UDP, c, s, 160, sent, gone ? OptionalDouble.empty()
                        : OptionalDouble.of(sent + 40), gone ? OptionalDouble.empty() : OptionalDouble.of(40), 0,
                        gone ? OptionalLong.empty() : OptionalLong.of(index++), MessageRow.Timeliness.UNKNOWN));
            }
        }
        return new RunResults(fixture.scenario(), false, java.util.Map.of(Transport.UDP,
                fixture.summaries().get(Transport.UDP)), rows, List.of(), false, java.util.Optional.empty());
    }

    @Test
    void sequenceSentenceCountsLostMessagesAndTheGapsTheyLeaveSeparately() {
        // Fixture, client 0: UDP loses seq 5 and 12 (two separate gaps) and seq 8 comes after 9; TCP loses nothing.
        assertEquals("For client 0: UDP lost 2 messages in 2 gaps and delivered 1 reply out of order;"
                + " TCP lost nothing and kept every reply in order.", SequenceChart.sentence(fixture));
    }

    @Test
    void oneOutageIsOneGapHoweverManyMessagesItSwallowed() {
        // Like handover: client 0 loses seq 5 to 14 in one stretch: 10 messages, 1 gap (it used to say "10 gaps").
        RunResults r = udpOnly(1, 20, 0, List.of(List.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14)));
        assertEquals("For client 0: UDP lost 10 messages in 1 gap and kept every reply in order.",
                SequenceChart.sentence(r));
    }

    @Test
    void deliveredSentenceNamesTheClientWithTheLongestSilence() {
        // UDP: every client's longest wait is 100 ms (one loss between two replies); client 0's first is seq 4
        // at 240 ms to seq 6 at 340 ms. TCP: the stalled segment holds client 0 from 392 ms (seq 7) to 700 ms.
        assertEquals("UDP received 37 replies; the longest silence for one client was 100.0 ms (client 0, from 240.0 ms)."
                + " TCP received 40 replies; the longest silence for one client was 308.0 ms (client 0, from 392.0 ms).",
                DeliveredOverTimeChart.sentence(fixture));
    }

    @Test
    void aSilenceOfOneClientIsNotHiddenByTheRepliesOfAnother() {
        // Client 1 loses seq 4 to 15: its reply to seq 3 lands at 215 ms, the next (seq 16) at 865 ms, 650 ms later,
        // while client 0's replies every 50 ms keep the merged stream's longest gap at 25 ms.
        List<Integer> none = List.of();
        RunResults r = udpOnly(2, 20, 25, List.of(none, List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)));
        assertEquals("UDP received 28 replies; the longest silence for one client was 650.0 ms (client 1, from 215.0 ms).",
                DeliveredOverTimeChart.sentence(r));
    }

    @Test
    void oneReplyIsSingularAndHasNoSilence() {
        RunResults r = udpOnly(1, 2, 0, List.of(List.of(1)));
        assertEquals("UDP received 1 reply.", DeliveredOverTimeChart.sentence(r));
        assertEquals("For client 0: UDP lost 1 message in 1 gap and kept every reply in order.", SequenceChart.sentence(r));
    }

    @Test
    void reorderSentenceCountsRepliesAndPlacesInTheRightNumber() {
        // Fixture UDP: client 0's seq 8 is 1 place late, client 1's seq 15 is 2 places late.
        assertEquals("UDP had 2 reordered replies, the farthest 2 places out of order. TCP delivered every reply in order.",
                ReorderExtentChart.sentence(fixture));
    }

    @Test
    void cwndSentenceCountsTheCuts() {
        // cwnd.csv: 14600, 29200, 14600, 21900 bytes: one cut, peak 29200 B = 28.5 KiB.
        RunChart c = RunCharts.all(fixture, ReportOptions.DEFAULT).stream().filter(x -> x.id().equals("cwnd"))
                .findFirst().orElseThrow();
        assertTrue(c.sentence().endsWith("client 0's window peaked at 28.5 KiB and was cut once."), c.sentence());
    }
}
