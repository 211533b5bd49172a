package dev.netlab.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    @TempDir
    Path tmp;

    private RunResults results;

    @BeforeEach
    void read() throws IOException {
        results = ResultsReader.read(ResultsFixture.write(tmp, true));
    }

    @Test
    void deliveryStacksOnTimeLateAndLostToTheWholeOfWhatWasSent() {
        CategoryTableXYDataset bars = DeliveryChart.bars(results);
        // x 0 is UDP: 37 of 40 on time, 3 lost; x 1 is TCP: 34 on time, 6 late (the stalled ones), 0 lost.
        assertEquals(List.of(DeliveryChart.ON_TIME, DeliveryChart.LATE, DeliveryChart.LOST),
                List.of(bars.getSeriesKey(0), bars.getSeriesKey(1), bars.getSeriesKey(2)));
        assertEquals(37 / 40.0, bars.getYValue(0, 0), 1e-12);
        assertEquals(3 / 40.0, bars.getYValue(2, 0), 1e-12);
        assertEquals(34 / 40.0, bars.getYValue(0, 1), 1e-12);
        assertEquals(6 / 40.0, bars.getYValue(1, 1), 1e-12);
        assertEquals(0, bars.getYValue(2, 1), 1e-12);
    }

    @Test
    void deliveryWhiskersAreTheWilsonIntervalOfTheDeliveredShare() {
        YIntervalSeriesCollection w = DeliveryChart.whiskers(results);
        // Wilson 95% for 37/40 is about [0.801, 0.974]; 40/40 reaches exactly 1 at the top.
        assertEquals(0.925, w.getYValue(0, 0), 1e-12);
        assertEquals(0.801, w.getStartYValue(0, 0), 0.001);
        assertEquals(0.974, w.getEndYValue(0, 0), 0.001);
        assertEquals(1.0, w.getEndYValue(0, 1), 0);
    }

    @Test
    void rttCdfEndsAtOneAndStepsAtEachDistinctRoundTrip() {
        XYSeriesCollection cdf = RttCdfChart.dataset(results);
        XYSeries udp = cdf.getSeries("UDP");
        // UDP RTTs are 35 × 40 ms, one 100 ms and one 150 ms: three steps, the first at 35/37.
        assertEquals(3, udp.getItemCount());
        assertEquals(40.0, udp.getX(0).doubleValue());
        assertEquals(35 / 37.0, udp.getY(0).doubleValue(), 1e-12);
        assertEquals(1.0, udp.getY(2).doubleValue(), 1e-12);
        assertEquals(1.0, cdf.getSeries("TCP").getY(cdf.getSeries("TCP").getItemCount() - 1).doubleValue(), 1e-12);
    }

    @Test
    void sequenceChartMarksTheReorderedReplyAndTheLossesOfClientZero() {
        XYSeriesCollection udp = SequenceChart.dataset(results, Transport.UDP);
        XYSeries reordered = udp.getSeries("UDP reordered");
        XYSeries lost = udp.getSeries("UDP lost (at send time)");
        // Client 0's seq 8 took 100 ms, arriving at 500 ms after seq 9 (490 ms): the one reordered reply.
        assertEquals(1, reordered.getItemCount());
        assertEquals(500.0, reordered.getX(0).doubleValue());
        assertEquals(8.0, reordered.getY(0).doubleValue());
        assertEquals(List.of(5.0, 12.0), List.of(lost.getY(0).doubleValue(), lost.getY(1).doubleValue()));
        assertEquals(17, udp.getSeries("UDP in order").getItemCount());
        // TCP delivers in order, so nothing falls under its line.
        assertEquals(0, SequenceChart.dataset(results, Transport.TCP).getSeries("TCP reordered").getItemCount());
    }

    @Test
    void rttOverTimeHoldsOnePointPerReplyAtItsSendTime() {
        XYSeriesCollection data = RttOverTimeChart.dataset(results);
        assertEquals(37, data.getSeries("UDP").getItemCount());
        XYSeries tcp = data.getSeries("TCP");
        assertEquals(40, tcp.getItemCount());
        // Client 0's message sent at 400 ms waited for the retransmission until 700 ms.
        assertEquals(300.0, tcp.getY(tcp.indexOf(400.0)).doubleValue());
    }

    @Test
    void rttOverTimeLeavesOutABulkTransferBesideAnotherTransportAndSaysSo(@TempDir Path dir) throws IOException {
        RunResults concurrent = ResultsReader.read(dev.netlab.reports.results.ConcurrentFixture.write(dir, 1, 1));
        assertEquals(List.of(Transport.UDP), RttOverTimeChart.drawn(concurrent));
        assertEquals(1, RttOverTimeChart.dataset(concurrent).getSeriesCount());
        assertTrue(RttOverTimeChart.sentence(concurrent).startsWith("UDP's slowest reply"),
                RttOverTimeChart.sentence(concurrent));
        assertTrue(!RttOverTimeChart.sentence(concurrent).contains("TCP"), RttOverTimeChart.sentence(concurrent));
        // A run in turn draws every transport, as before.
        assertEquals(List.of(Transport.UDP, Transport.TCP), RttOverTimeChart.drawn(results));
    }

    @Test
    void aConcurrentRunsDeliverySentenceComparesUdpWithNoTheoryWhenItSharedTheQueueWithTcp(@TempDir Path dir)
            throws IOException {
        // The fixture's UDP lost 25 of 2001 in a 2 Mbit/s queue TCP filled: the settings' 0% loss predicts nothing.
        String sentence = DeliveryChart.sentence(ResultsReader.read(dev.netlab.reports.results.ConcurrentFixture.write(dir, 1, 1)));
        assertTrue(sentence.contains("No theory to compare with: UDP shared the link's queue with TCP"), sentence);
        assertTrue(!sentence.contains("outlier") && !sentence.contains("The theory's"), sentence);
        assertTrue(!sentence.contains("on its way") && !sentence.contains("on their way"), "nothing in flight: " + sentence);
        // A run in turn still weighs UDP against its theory.
        assertTrue(DeliveryChart.sentence(results).contains("The theory's"), DeliveryChart.sentence(results));
    }

    @Test
    void aDeliverySentenceSaysHowManyMessagesWereStillOnTheirWayBesideThoseAllDelivered(@TempDir Path dir)
            throws IOException {
        // 3 delivered, none lost, 3 not delivered before the run ended (a TCP run at its wait cap).
        dev.netlab.reports.results.ResultsWriter.write(dev.netlab.reports.text.WaitCapTextTest.cappedRun(), dir);
        assertEquals("TCP delivered all 3 messages; 3 more messages were still on their way when the run ended.",
                DeliveryChart.sentence(ResultsReader.read(dir)));
    }

    @Test
    void reorderHistogramCountsRfc4737ExtentsPerTransport() {
        DefaultCategoryDataset h = ReorderExtentChart.dataset(results);
        // Client 0's seq 8 is 1 behind (extent 1); client 1's seq 15 arrives after 16 and 17 (extent 2).
        assertEquals(List.of(1, 2), h.getColumnKeys());
        assertEquals(1, h.getValue("UDP", Integer.valueOf(1)).intValue());
        assertEquals(1, h.getValue("UDP", Integer.valueOf(2)).intValue());
        assertEquals(0, h.getValue("TCP", Integer.valueOf(2)).intValue());
    }

    @Test
    void cwndIsDrawnInKibibytesAndSkippedWithANoteWhenAbsent() throws IOException {
        XYSeries up = CwndChart.dataset(results).getSeries("uplink");
        assertEquals(4, up.getItemCount());
        assertEquals(29200 / 1024.0, up.getMaxY(), 1e-12);
        RunResults without = ResultsReader.read(ResultsFixture.write(tmp.resolve("nocwnd"), false));
        RunChart skipped = CwndChart.of(without, ReportOptions.DEFAULT);
        // The report must say why the chart is missing rather than silently drop it.
        assertTrue(skipped.chart().isEmpty());
        assertTrue(skipped.sentence().contains("no cwnd.csv"), skipped.sentence());
    }

    @Test
    void deliveredOverTimeCountsUpToEveryReplyReceived() {
        XYSeriesCollection data = DeliveredOverTimeChart.dataset(results);
        XYSeries tcp = data.getSeries("TCP");
        // All 40 TCP replies, with 12 of them (6 per client) released together around 700 ms.
        assertEquals(40.0, tcp.getY(tcp.getItemCount() - 1).doubleValue());
        assertEquals(37.0, data.getSeries("UDP").getMaxY());
    }

    @Test
    void sentencesSayWhatEachChartShowsForThisRun() {
        Map<String, String> s = new java.util.HashMap<>();
        RunCharts.all(results, ReportOptions.DEFAULT).forEach(c -> s.put(c.id(), c.sentence()));
        // The numbers come from the data, not from a template: 37/40 with its interval from summary.json
        // (the fixture's is the plain Wilson one), the fixture's theory of 1 − 3.96% inside it, and
        // TCP's 6 replies slower than the 150 ms deadline.
        assertEquals("UDP delivered 92.5% (95% interval 80.1–97.4%) of 40 messages. The theory's 96.0% lies inside"
                + " UDP's interval. TCP delivered all 40 messages, at the cost of 3 retransmissions; 6 delivered"
                + " messages were late (after the deadline).", s.get("delivery"));
        assertTrue(s.get("rtt-cdf").contains("TCP's p99 is 2.0× UDP's"), s.get("rtt-cdf"));
        assertEquals(ResultsFixture.CHARTS, s.keySet());
    }

    @Test
    void thePerClientSentenceGivesTheLeastAndMostAClientGotAgainstTheFairShare(@TempDir Path other) throws Exception {
        Path dir = ResultsFixture.write(other, true);
        Path summary = dir.resolve("summary.json");
        // Two clients given 1000 and 3000 bit/s on a 64 kbit/s link: a fair share of 32 kbit/s each.
        Files.writeString(summary, Files.readString(summary).replace("\"goodputBps\": 2560.0,",
                "\"goodputBps\": 2560.0, \"clientGoodputBps\": [1000.0, 3000.0], \"jainIndex\": 0.8,")
                .replace("\"uplink\": {\"loss\": \"2%\",", "\"uplink\": {\"rate\": \"64kbit\", \"loss\": \"2%\","));
        RunResults r = ResultsReader.read(dir);
        assertTrue(ClientThroughputChart.sentence(r).startsWith(
                "UDP: each client got between 1 and 3 kbit/s (fair share 32)."), ClientThroughputChart.sentence(r));
        assertTrue(ClientThroughputChart.sentence(results).contains("no per-client rates"));
    }

    @Test
    void aTheoryOutsideTheIntervalIsCalledAnOutlierNotAFault(@TempDir Path other) throws Exception {
        Path dir = ResultsFixture.write(other, true);
        Path summary = dir.resolve("summary.json");
        // A theory of 50% round-trip loss against 37 of 40 delivered: far below the interval 80.1–97.4%.
        Files.writeString(summary, Files.readString(summary).replace("\"roundTripLossRate\": 0.0396",
                "\"roundTripLossRate\": 0.5"));
        String sentence = DeliveryChart.sentence(ResultsReader.read(dir));
        assertTrue(sentence.contains("The theory's 50.0% lies outside UDP's interval: for this model about 1 run in"
                + " 20 does that, so this run is an outlier, not a fault of the link."), sentence);
    }

    @Test
    void theRttSentenceNamesTheHeadOfLineWaitTotalAndLongest(@TempDir Path other) throws Exception {
        // Written the old way ("stallMs": 300.0): the total only. Written now: the longest too.
        assertTrue(RttOverTimeChart.sentence(results).contains("; its receivers held data behind a missing segment"
                + " (head-of-line wait) for 300.0 ms in all."), RttOverTimeChart.sentence(results));
        Path dir = ResultsFixture.write(other, true);
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"stallMs\": 300.0",
                "\"holWaitMs\": 300.0, \"longestHolWaitMs\": 250.0"));
        String sentence = RttOverTimeChart.sentence(ResultsReader.read(dir));
        assertTrue(sentence.contains("(head-of-line wait) for 300.0 ms in all, at most 250.0 ms at once."), sentence);
    }

    @Test
    void aConcurrentRunDrawsBothTransportsFlowsOnOneAxisAndOneSharedQueue(@TempDir Path other) throws Exception {
        Path dir = dev.netlab.reports.results.ConcurrentFixture.write(other, 3, 2);
        RunResults r = ResultsReader.read(dir);
        // Five flows stacked, UDP's three first (the bottom), all on the same bins.
        org.jfree.data.xy.DefaultTableXYDataset flows = LinkShareChart.dataset(r);
        assertEquals(5, flows.getSeriesCount());
        assertEquals("UDP client 0", flows.getSeriesKey(0));
        assertEquals("TCP client 1", flows.getSeriesKey(4));
        assertEquals(flows.getItemCount(0), flows.getItemCount(4));
        Map<String, RunChart> charts = new java.util.HashMap<>();
        RunCharts.all(r, ReportOptions.DEFAULT, dir).forEach(c -> charts.put(c.id(), c));
        assertTrue(charts.get("link-share").chart().isPresent());
        assertTrue(charts.get("queue").sentence().startsWith("UDP and TCP uplink:"), charts.get("queue").sentence());
        // A run in turn has no link-share chart at all.
        assertTrue(RunCharts.all(results, ReportOptions.DEFAULT).stream().noneMatch(c -> c.id().equals("link-share")));
    }

    @Test
    void theLinkShareSentenceGivesEachTransportsRangePerBinWhileBothSent(@TempDir Path other) throws Exception {
        RunResults r = ResultsReader.read(dev.netlab.reports.results.ConcurrentFixture.write(other, 1, 1));
        // UDP: 98 or 99 of its 100 messages of 8000 bit per 500 ms (every 80th lost) = 1568 or 1584 kbit/s;
        // TCP: 16 or 17 messages of 9600 bit per 500 ms = 307 or 326 kbit/s.
        String sentence = RunCharts.all(r, ReportOptions.DEFAULT).stream().filter(c -> c.id().equals("link-share"))
                .findFirst().orElseThrow().sentence();
        assertEquals("Per 500 ms while both sent, UDP's flows between 1568 and 1584 kbit/s and TCP's flows between 307"
                + " and 326 kbit/s, on a link of 2000 kbit/s.", sentence);
    }
}
