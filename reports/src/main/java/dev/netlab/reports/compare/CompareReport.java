package dev.netlab.reports.compare;

import dev.netlab.core.result.ResultsLayout;
import dev.netlab.reports.chart.ChartImages;
import dev.netlab.reports.chart.CompareCharts;
import dev.netlab.reports.chart.Headless;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.chart.RunChart;
import dev.netlab.reports.text.Figure;
import dev.netlab.reports.text.Html;
import dev.netlab.reports.text.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a comparison into a directory: the overlay charts ({@code compare-delivery},
 * {@code compare-rtt-cdf}) and {@code report.html} / {@code report.md} with both tables side by
 * side, the differences and the settings that differ.
 */
public final class CompareReport {

    private CompareReport() {
    }

    /**
     * Writes everything into {@code outDir}, which must exist.
     *
     * @return the path of {@code report.html}
     */
    public static Path write(RunComparison c, Path outDir, ReportOptions options) throws IOException {
        Headless.ensure();
        List<Figure> figures = new ArrayList<>();
        for (RunChart chart : CompareCharts.of("A", c.a(), "B", c.b(), c.legend(), options)) {
            Figure figure = ChartImages.figure(chart, options);
            Files.write(outDir.resolve(figure.fileName()), figure.image().orElseThrow());
            figures.add(figure);
        }
        Path html = outDir.resolve(ResultsLayout.REPORT_HTML);
        Files.writeString(html, html(c, figures), StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(ResultsLayout.REPORT_MD), markdown(c, figures), StandardCharsets.UTF_8);
        return html;
    }

    /** What the report says before its table: which run is which, and what differs in their settings. */
    static List<String> intro(RunComparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("Two runs side by side. " + c.legend() + ". Columns: A, B and B-A (percentage points for"
                + " ratios). Every measure is defined in docs/results.md.");
        List<String> differences = CompareTable.settingDifferences(c);
        lines.add(differences.isEmpty() ? "The two runs have the same settings and seed."
                : "Settings that differ: " + String.join("; ", differences) + ".");
        return lines;
    }

    private static String html(RunComparison c, List<Figure> figures) {
        StringBuilder b = new StringBuilder(Html.head("netlab compare"));
        b.append("<h1>netlab compare</h1>\n");
        intro(c).forEach(line -> b.append("<p>").append(Html.escape(line)).append("</p>\n"));
        b.append(Html.table(CompareTable.header(c), CompareTable.rows(c)));
        for (Figure f : figures) {
            b.append("<h2>").append(Html.escape(f.title())).append("</h2>\n").append(Html.figure(f, f.image().orElseThrow()));
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String markdown(RunComparison c, List<Figure> figures) {
        StringBuilder b = new StringBuilder("# netlab compare\n\n");
        intro(c).forEach(line -> b.append(line).append("\n\n"));
        b.append(Markdown.table(CompareTable.header(c), CompareTable.rows(c)));
        for (Figure f : figures) {
            b.append("\n## ").append(f.title()).append("\n\n![").append(f.title()).append("](").append(f.fileName())
                    .append(")\n\n").append(f.sentence()).append('\n');
        }
        return b.toString();
    }
}
