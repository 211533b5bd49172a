package dev.netlab.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.result.ResultsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep's sentences on hand-made sweeps whose right sentence is worked out in the comments. */
class SweepSentenceTest {

    @TempDir
    Path tmp;

    private SweepResults sweep(String rows) throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), ResultsCsv.SWEEP.header() + "\n" + rows);
        return SweepResults.read(tmp);
    }

    @Test
    void aOneRepeatSweepStatesItsValuesWithoutARange() throws IOException {
        // One run per value: there is no spread to show ("range over repeats 88.8%–88.8%" said nothing).
        SweepResults s = sweep("uplink.loss,0.01,1%,0,udp,1,0.99,0.98,45.0,12800\n"
                + "uplink.loss,0.05,5%,0,udp,3,0.888,0.88,46.0,12100\n");
        assertEquals("UDP's delivery ratio went from 99.0% at uplink.loss = 1% to 88.8% at 5%.",
                SweepChart.sentence(s, SweepMetric.DELIVERY));
        assertEquals("A sweep of uplink.loss over 2 values, 1 run each. Table cells: that run's value."
                + " Every measure is defined in docs/results.md.", SweepReport.intro(s));
    }

    @Test
    void aRepeatedSweepStatesTheMeanAndTheRangeAtTheLastValue() throws IOException {
        // UDP at 1%: 0.99 and 0.97 → mean 98.0%; at 5%: 0.95 and 0.93 → mean 94.0%, range 93.0–95.0%.
        SweepResults s = sweep("uplink.loss,0.01,1%,0,udp,1,0.99,0.98,45.0,12800\n"
                + "uplink.loss,0.01,1%,1,udp,2,0.97,0.96,47.0,12600\n"
                + "uplink.loss,0.05,5%,0,udp,3,0.95,0.94,46.0,12100\n"
                + "uplink.loss,0.05,5%,1,udp,4,0.93,0.92,48.0,11900\n");
        assertEquals("UDP's mean delivery ratio went from 98.0% at uplink.loss = 1% to 94.0% at 5%"
                + " (range over 2 repeats there 93.0%–95.0%).", SweepChart.sentence(s, SweepMetric.DELIVERY));
    }

    @Test
    void theDeliveredRateSentenceOfAFixedRateProfileSaysItIsNotACapacity() throws IOException {
        SweepResults s = sweep("uplink.loss,0.01,1%,0,tcp,1,1.0,0.98,45.0,12800\n"
                + "uplink.loss,0.05,5%,0,tcp,3,1.0,0.90,46.0,12900\n");
        String sentence = SweepChart.sentence(s, SweepMetric.DELIVERED_RATE);
        assertTrue(sentence.startsWith("TCP's delivered rate went from 12.8 kbit/s at uplink.loss = 1% to 12.9 kbit/s at 5%."),
                sentence);
        assertTrue(sentence.endsWith(SweepChart.GOODPUT_CAVEAT), sentence);
        // The bulk profile's goodput is a capacity: no caveat there.
        assertFalse(SweepChart.sentence(s, SweepMetric.GOODPUT).contains(SweepChart.GOODPUT_CAVEAT));
    }

    @Test
    void aPercentSweepTicksItsAxisInTheValuesUnitAndAOneRunSweepDrawsNoBand() throws IOException {
        // sweep.csv's value is the number as written (5 for 5%): a percent tick format read it as 500%.
        SweepResults s = sweep("uplink.loss,1,1%,0,udp,1,0.99,0.98,45.0,12800\n"
                + "uplink.loss,5,5%,0,udp,3,0.95,0.94,46.0,12100\n");
        org.jfree.chart.JFreeChart chart = SweepChart.of(s, SweepMetric.DELIVERY,
                dev.netlab.reports.chart.ReportOptions.DEFAULT).chart().orElseThrow();
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
        assertEquals("uplink.loss (%)", x.getLabel());
        assertEquals(null, x.getNumberFormatOverride());
        String caption = ((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getText();
        assertTrue(caption.contains("one run per value") && !caption.contains("band"), caption);
    }
}
