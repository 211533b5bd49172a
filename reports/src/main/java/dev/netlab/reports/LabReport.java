package dev.netlab.reports;

import dev.netlab.core.result.ResultsLayout;
import dev.netlab.reports.chart.ChartImages;
import dev.netlab.reports.chart.Headless;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.chart.RunChart;
import dev.netlab.reports.chart.RunCharts;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Figure;
import dev.netlab.reports.text.RunReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab report of one run: reads a results directory (docs/results.md), draws its charts into
 * it ({@code delivery}, {@code rtt-cdf}, {@code sequence-vs-arrival}, {@code rtt-over-time},
 * {@code reorder-extent}, {@code cwnd} when cwnd.csv is there, {@code delivered-over-time},
 * {@code client-throughput} with more than one client, {@code link-share} for a concurrent run,
 * {@code queue} with a rate (from ledger.csv), as
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
        List<Figure> figures = new ArrayList<>();
        for (RunChart chart : RunCharts.all(results, options, resultsDir)) {
            Figure figure = ChartImages.figure(chart, options);
            if (figure.image().isPresent()) {
                Files.write(resultsDir.resolve(figure.fileName()), figure.image().get());
            }
            figures.add(figure);
        }
        Path html = resultsDir.resolve(ResultsLayout.REPORT_HTML);
        Files.writeString(html, RunReportText.html(results, figures), StandardCharsets.UTF_8);
        Files.writeString(resultsDir.resolve(ResultsLayout.REPORT_MD), RunReportText.markdown(results, figures),
                StandardCharsets.UTF_8);
        return html;
    }
}
