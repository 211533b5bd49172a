package dev.netlab.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab report of one run: reads a results directory (docs/results.md), draws its charts into
 * it ({@code delivery}, {@code rtt-cdf}, {@code sequence-vs-arrival}, {@code rtt-over-time},
 * {@code reorder-extent}, {@code cwnd} when cwnd.csv is there, {@code delivered-over-time}, as
 * .png or .svg) and writes {@code report.html} (self-contained) and {@code report.md} next to them.
 * The scenario runner calls it at the end of a run; {@code netlab report DIR} calls it on its own.
 */
public final class LabReport {

    private LabReport() {
    }

    /**
     * Writes the charts and both reports into {@code resultsDir}.
     *
     * @return the path of {@code report.html}
     * @throws ResultsFormatException when a required file is missing or malformed
     */
    public static Path write(Path resultsDir, ReportOptions options) throws IOException {
        Headless.ensure();
        RunResults results = ResultsReader.read(resultsDir);
        List<RunChart> charts = RunCharts.all(results, options);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (RunChart c : charts) {
            if (c.chart().isPresent()) {
                byte[] bytes = ChartImages.render(c.chart().get(), options);
                Files.write(resultsDir.resolve(c.id() + "." + options.format().extension()), bytes);
                images.put(c.id(), bytes);
            }
        }
        Path html = resultsDir.resolve("report.html");
        Files.writeString(html, RunReportText.html(results, charts, images, options), StandardCharsets.UTF_8);
        Files.writeString(resultsDir.resolve("report.md"), RunReportText.markdown(results, charts, images, options),
                StandardCharsets.UTF_8);
        return html;
    }
}
