package dev.netlab.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.reports.chart.ChartSize;
import dev.netlab.reports.chart.ImageFormat;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {

    @TempDir
    Path tmp;

    /** Loss swept over 1% and 5%, two repeats each, both transports. */
    private Path sweep() throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), ResultsCsv.SWEEP.header() + "\n"
                + "uplink.loss,0.01,1%,0,udp,1,0.99,0.98,45.0,12800\n"
                + "uplink.loss,0.01,1%,1,udp,2,0.97,0.96,47.0,12600\n"
                + "uplink.loss,0.01,1%,0,tcp,1,1.0,0.95,120.0,12900\n"
                + "uplink.loss,0.01,1%,1,tcp,2,1.0,0.93,140.0,12850\n"
                + "uplink.loss,0.05,5%,0,udp,3,0.95,0.94,46.0,12100\n"
                + "uplink.loss,0.05,5%,1,udp,4,0.93,0.92,48.0,11900\n"
                + "uplink.loss,0.05,5%,0,tcp,3,1.0,0.80,400.0,12500\n"
                + "uplink.loss,0.05,5%,1,tcp,4,1.0,,,12300\n");
        return tmp;
    }

    @Test
    void chartsHoldTheMeanLineAndTheMinMaxBandPerTransport() throws IOException {
        SweepResults s = SweepResults.read(sweep());
        YIntervalSeriesCollection d = SweepChart.dataset(s, SweepMetric.DELIVERY);
        // UDP at 1%: repeats 0.99 and 0.97 → mean 0.98, band 0.97–0.99.
        assertEquals(0.98, d.getYValue(0, 0), 1e-12);
        assertEquals(0.97, d.getStartYValue(0, 0), 1e-12);
        assertEquals(0.99, d.getEndYValue(0, 0), 1e-12);
        // TCP's p99 at 5% has one measured repeat of two: the empty cell is left out, not read as 0.
        YIntervalSeriesCollection p99 = SweepChart.dataset(s, SweepMetric.RTT_P99);
        assertEquals(400.0, p99.getYValue(1, 1), 1e-12);
    }

    @Test
    void writesJsonChartsAndReportsForASweepOverTwoValues() throws IOException {
        Path html = SweepReport.write(sweep(), new ReportOptions(new ChartSize(640, 400), ImageFormat.PNG, false));
        for (SweepMetric m : SweepMetric.values()) {
            assertEquals(640, ImageIO.read(tmp.resolve(m.id + ".png").toFile()).getWidth(), m.id);
        }
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("sweep.json").toFile());
        // 2 transports × 2 values, each with the four documented measures.
        assertEquals("uplink.loss", json.get("parameter").asText());
        assertEquals(4, json.get("points").size());
        JsonNode first = json.get("points").get(0);
        assertEquals("udp", first.get("transport").asText());
        assertEquals(12700.0, first.get("goodputBps").get("mean").asDouble(), 1e-9);
        String text = Files.readString(html);
        assertEquals(4, text.split("<img src=\"data:image/png;base64,", -1).length - 1);
        assertTrue(Files.readString(tmp.resolve("report.md")).contains("| 5% | TCP | 100.0% (100.0%–100.0%) |"));
    }

    @Test
    void aSweepFileMissingAColumnNamesIt() throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), "parameter,value\nloss,1\n");
        ResultsFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ResultsFormatException.class,
                () -> SweepReport.write(tmp, ReportOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("sweep.csv line 1: no column 'value_label'"), e.getMessage());
    }
}
