package dev.netlab.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.reports.chart.ChartSize;
import dev.netlab.reports.chart.ImageFormat;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFixture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabReportTest {

    @TempDir
    Path tmp;

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void writesSevenChartsThatDecodeAtTheRequestedSize() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        ReportOptions small = new ReportOptions(new ChartSize(800, 500), ImageFormat.PNG, false);
        LabReport.write(dir, small);
        for (String id : ResultsFixture.CHARTS) {
            BufferedImage image = ImageIO.read(dir.resolve(id + ".png").toFile());
            // A PNG that ImageIO decodes at 800×500 is a real image of the size asked for.
            assertEquals(800, image.getWidth(), id);
            assertEquals(500, image.getHeight(), id);
        }
    }

    @Test
    void htmlEmbedsEveryChartAndTheSummaryTable() throws IOException {
        Path html = LabReport.write(ResultsFixture.write(tmp, true), ReportOptions.DEFAULT);
        String text = Files.readString(html);
        // Eight data-URI images (the fixture's two clients get the per-client chart): the file opens offline,
        // on a phone, with nothing beside it.
        assertEquals(8, count(text, "<img src=\"data:image/png;base64,"));
        assertTrue(text.contains("<meta name=\"viewport\""));
        assertTrue(text.contains("<td>loss</td><td>2% each way</td><td>3.96% round trip</td><td>7.5% (3 lost)</td>"
                + "<td>0.0% (0 lost)</td>"), "loss row");
        assertTrue(text.contains("<td>retransmissions (timeouts)</td><td>–</td><td>–</td><td>–</td><td>3 (1)</td>"));
        assertFalse(text.contains("http://") || text.contains("https://"), "nothing fetched from the network");
        String md = Files.readString(html.resolveSibling("report.md"));
        assertEquals(8, count(md, "]("));
        assertTrue(md.contains("![What became of the messages sent](delivery.png)"));
    }

    @Test
    void anAbsentCwndFileBecomesANoteInsteadOfAChart() throws IOException {
        Path html = LabReport.write(ResultsFixture.write(tmp, false), ReportOptions.DEFAULT);
        String text = Files.readString(html);
        // Seven images and a visible reason for the eighth.
        assertEquals(7, count(text, "<img "));
        assertTrue(text.contains("<p class=\"note\">No congestion-window chart: this run wrote no cwnd.csv"));
        assertFalse(Files.exists(html.resolveSibling("cwnd.png")));
    }

    @Test
    void theSameResultsGiveTheSameReportTextAndImagesTwice() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        String first = Files.readString(LabReport.write(dir, ReportOptions.DEFAULT));
        byte[] firstPng = Files.readAllBytes(dir.resolve("rtt-over-time.png"));
        String second = Files.readString(LabReport.write(dir, ReportOptions.DEFAULT));
        // No timestamps and fixed rendering: a regenerated report diffs clean (same machine, same fonts).
        assertEquals(first, second);
        assertArrayEquals(firstPng, Files.readAllBytes(dir.resolve("rtt-over-time.png")));
    }

    @Test
    void svgChartsAreWrittenAndEmbeddedAndAreTheSameTwice() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        ReportOptions svg = new ReportOptions(ChartSize.DEFAULT, ImageFormat.SVG, true);
        String first = Files.readString(LabReport.write(dir, svg));
        String delivery = Files.readString(dir.resolve("delivery.svg"));
        assertTrue(delivery.contains("<svg"), "an SVG document");
        // JFreeSVG's default id prefix comes from the clock; ours is fixed, so the report repeats.
        assertEquals(first, Files.readString(LabReport.write(dir, svg)));
        assertEquals(8, count(first, "<img src=\"data:image/svg+xml;base64,"));
    }
}
