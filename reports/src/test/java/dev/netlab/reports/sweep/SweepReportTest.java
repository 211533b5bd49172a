package dev.netlab.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                + "uplink.loss,1,1%,0,udp,1,0.99,0.98,45.0,12800\n"
                + "uplink.loss,1,1%,1,udp,2,0.97,0.96,47.0,12600\n"
                + "uplink.loss,1,1%,0,tcp,1,1.0,0.95,120.0,12900\n"
                + "uplink.loss,1,1%,1,tcp,2,1.0,0.93,140.0,12850\n"
                + "uplink.loss,5,5%,0,udp,3,0.95,0.94,46.0,12100\n"
                + "uplink.loss,5,5%,1,udp,4,0.93,0.92,48.0,11900\n"
                + "uplink.loss,5,5%,0,tcp,3,1.0,0.80,400.0,12500\n"
                + "uplink.loss,5,5%,1,tcp,4,1.0,,,12300\n");
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
        // No run directories: the profile is unknown, so the rate chart is the delivered rate, never called goodput.
        for (SweepMetric m : SweepMetric.charted(false)) {
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
    void theReportCarriesTheDescriptionTheFixedSettingsAndALinkToEachRunsDrawnReport() throws IOException {
        Path dir = sweep();
        for (String value : new String[] {"1", "5"}) {
            for (int repeat = 0; repeat < 2; repeat++) {
                run(dir.resolve(SweepReport.runDirName(value + "%", repeat)), value + "%");
            }
        }
        SweepReport.write(dir, new ReportOptions(new ChartSize(640, 400), ImageFormat.PNG, false));
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("A lossy link. Observe the downlink."), md);
        // Only the uplink's loss changed: the downlink's 3% is why 1% uplink loss is not 99% delivered.
        assertTrue(md.contains("Fixed in every run (only uplink.loss changed): profile voip, clients 1, duration 100 ms,"
                + " uplink.delay 20ms, downlink.loss 3%."), md);
        assertTrue(md.contains("- [uplink.loss = 5%, repeat 2](5pct-r2/report.html)"), md);
        assertTrue(Files.exists(dir.resolve("5pct-r2/report.html")), "the linked report is drawn");
        assertTrue(Files.exists(dir.resolve("sweep-delivered-rate.png")), "voip is fixed-rate: no goodput chart");
        assertFalse(Files.exists(dir.resolve("sweep-goodput.png")));
        assertTrue(SweepReport.text(dir).lines().anyMatch(l -> l.matches("5%\\s+TCP\\s+100\\.0%.*")), SweepReport.text(dir));
    }

    /** The smallest run directory the reader accepts, with the uplink's loss at {@code loss}. */
    private static void run(Path dir, String loss) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), """
                {"scenario": {"name": "tiny", "description": "A lossy link. Observe the downlink.", "seed": 7,
                   "profile": "voip", "clients": 1, "durationMs": 100,
                   "uplink": {"loss": "%s", "delay": "20ms"}, "downlink": {"loss": "3%%"}},
                 "transports": {"udp": {"sent": 1, "delivered": 1, "lost": 0, "deliveryRatio": 1.0,
                   "rttMs": {"p50": 40.0, "p90": 40.0, "p99": 40.0, "max": 40.0, "mean": 40.0}}}}
                """.formatted(loss));
        Files.writeString(dir.resolve("messages.csv"),
                "transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late\n"
                        + "udp,0,0,64,0,40,40,0,0,\n");
    }

    @Test
    void aSweepFileMissingAColumnNamesIt() throws IOException {
        Files.writeString(tmp.resolve("sweep.csv"), "parameter,value\nloss,1\n");
        ResultsFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ResultsFormatException.class,
                () -> SweepReport.write(tmp, ReportOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("sweep.csv line 1: no column 'value_label'"), e.getMessage());
    }
}
