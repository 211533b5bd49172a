package dev.netlab.reports.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netlab.core.result.ResultsLayout;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.chart.ChartImages;
import dev.netlab.reports.chart.Headless;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.SweepRow;
import dev.netlab.reports.text.Figure;
import dev.netlab.reports.text.Html;
import dev.netlab.reports.text.Markdown;
import dev.netlab.reports.text.Numbers;
import dev.netlab.reports.text.PlainTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report of a sweep ({@code netlab sweep}): reads {@code sweep.csv} from the sweep directory
 * (docs/results.md), writes {@code sweep.json} (mean, min and max over repeats per value and
 * transport), four charts ({@code sweep-delivery}, {@code sweep-on-time}, {@code sweep-rtt-p99},
 * and {@code sweep-goodput} for the bulk profile or {@code sweep-delivered-rate} for a fixed-rate
 * one) and {@code report.html} / {@code report.md}, which carry the scenario's description, the
 * settings that stayed fixed and a link to each run's report (drawn when missing).
 */
public final class SweepReport {

    private SweepReport() {
    }

    /**
     * Writes everything into {@code sweepDir}.
     *
     * @return the path of {@code report.html}
     * @throws ResultsFormatException when sweep.csv is missing or malformed
     */
    public static Path write(Path sweepDir, ReportOptions options) throws IOException {
        Headless.ensure();
        SweepResults sweep = SweepResults.read(sweepDir);
        SweepContext context = SweepContext.gather(sweepDir, sweep, options);
        List<SweepMetric> metrics = SweepMetric.charted(context.bulk());
        writeJson(sweep, metrics, sweepDir.resolve(ResultsLayout.SWEEP_JSON));
        List<Figure> figures = new ArrayList<>();
        for (SweepMetric metric : metrics) {
            Figure figure = ChartImages.figure(SweepChart.of(sweep, metric, options), options);
            Files.write(sweepDir.resolve(figure.fileName()), figure.image().orElseThrow());
            figures.add(figure);
        }
        Path html = sweepDir.resolve(ResultsLayout.REPORT_HTML);
        Files.writeString(html, html(sweep, context, metrics, figures), StandardCharsets.UTF_8);
        Files.writeString(sweepDir.resolve(ResultsLayout.REPORT_MD), markdown(sweep, context, metrics, figures),
                StandardCharsets.UTF_8);
        return html;
    }

    /**
     * The directory of one run of a sweep inside the sweep directory, for example {@code 5pct-r1}
     * for the first repeat at {@code 5%}: written by {@code netlab sweep}, linked by the report.
     *
     * @param repeat 0-based
     */
    public static String runDirName(String valueLabel, int repeat) {
        return valueLabel.replace("%", "pct").replaceAll("[^A-Za-z0-9.]", "_") + "-r" + (repeat + 1);
    }

    /**
     * The sweep's table as aligned plain text for a terminal, read from {@code sweep.csv}: per value
     * and transport, each measure (mean and min–max over repeats).
     */
    public static String text(Path sweepDir) throws IOException {
        SweepResults sweep = SweepResults.read(sweepDir);
        List<SweepMetric> metrics = SweepMetric.charted(SweepContext.bulk(sweepDir, sweep));
        return PlainTable.aligned(header(sweep, metrics), table(sweep, metrics), 0);
    }

    private static void writeJson(SweepResults sweep, List<SweepMetric> metrics, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("parameter", sweep.parameter());
        root.put("repeats", sweep.repeatsPerValue());
        ArrayNode points = root.putArray("points");
        for (Transport t : sweep.transports()) {
            List<SweepPoint> first = sweep.points(t, SweepMetric.DELIVERY);
            for (int i = 0; i < first.size(); i++) {
                ObjectNode p = points.addObject();
                p.put("transport", t.label());
                p.put("value", first.get(i).value());
                p.put("valueLabel", first.get(i).valueLabel());
                for (SweepMetric m : metrics) {
                    SweepPoint sp = sweep.points(t, m).get(i);
                    ObjectNode o = p.putObject(m.jsonKey);
                    o.put("repeats", sp.repeats());
                    number(o, "mean", m.rate() ? sp.mean() * 1000 : sp.mean());
                    number(o, "min", m.rate() ? sp.min() * 1000 : sp.min());
                    number(o, "max", m.rate() ? sp.max() * 1000 : sp.max());
                }
            }
        }
        Files.writeString(file, mapper.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static void number(ObjectNode o, String key, double value) {
        if (Double.isNaN(value)) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }

    private static List<List<String>> table(SweepResults sweep, List<SweepMetric> metrics) {
        List<List<String>> rows = new ArrayList<>();
        for (Transport t : sweep.transports()) {
            List<SweepPoint> values = sweep.points(t, SweepMetric.DELIVERY);
            for (int i = 0; i < values.size(); i++) {
                List<String> row = new ArrayList<>(List.of(values.get(i).valueLabel(), t.name()));
                for (SweepMetric m : metrics) {
                    SweepPoint p = sweep.points(t, m).get(i);
                    row.add(m.format(p.mean()) + (p.repeats() > 1 ? " (" + m.format(p.min()) + "–" + m.format(p.max()) + ")" : ""));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> header(SweepResults sweep, List<SweepMetric> metrics) {
        List<String> h = new ArrayList<>(List.of(sweep.parameter(), "transport"));
        for (SweepMetric m : metrics) {
            h.add(m.title.replace("99th-percentile round-trip time", "RTT p99"));
        }
        return h;
    }

    static String intro(SweepResults sweep) {
        long values = sweep.rows().stream().map(SweepRow::value).distinct().count();
        return "A sweep of " + sweep.parameter() + " over " + Numbers.count(values, "value") + ", " + sweep.repeatsPerValue()
                + (sweep.repeatsPerValue() == 1 ? " run each. Table cells: that run's value."
                        : " repeats each. Table cells: mean (min–max over repeats).")
                + " Every measure is defined in docs/results.md.";
    }

    /** The paragraphs before the table: description, what was swept and what stayed fixed. */
    static List<String> paragraphs(SweepResults sweep, SweepContext context) {
        List<String> out = new ArrayList<>();
        if (!context.description().isEmpty()) {
            out.add(context.description());
        }
        out.add(intro(sweep));
        if (!context.fixed().isEmpty()) {
            out.add("Fixed in every run (only " + sweep.parameter() + " changed): " + String.join(", ", context.fixed()) + ".");
        }
        return out;
    }

    private static String html(SweepResults sweep, SweepContext context, List<SweepMetric> metrics, List<Figure> figures) {
        StringBuilder b = new StringBuilder(Html.head("netlab sweep: " + sweep.parameter()));
        b.append("<h1>netlab sweep: ").append(Html.escape(sweep.parameter())).append("</h1>\n");
        paragraphs(sweep, context).forEach(p -> b.append("<p>").append(Html.escape(p)).append("</p>\n"));
        b.append(Html.table(header(sweep, metrics), table(sweep, metrics)));
        for (Figure f : figures) {
            b.append("<h2>").append(Html.escape(f.title())).append("</h2>\n").append(Html.figure(f, f.image().orElseThrow()));
        }
        b.append("<h2>Each run's report</h2>\n<ul>\n");
        for (SweepContext.RunLink link : context.runs()) {
            String name = sweep.parameter() + " = " + link.valueLabel() + ", repeat " + (link.repeat() + 1);
            b.append("<li>").append(link.problem().isEmpty()
                    ? "<a href=\"" + Html.escape(link.report()) + "\">" + Html.escape(name) + "</a>"
                    : Html.escape(name + ": no report (" + link.problem() + ")")).append("</li>\n");
        }
        return b.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static String markdown(SweepResults sweep, SweepContext context, List<SweepMetric> metrics, List<Figure> figures) {
        StringBuilder b = new StringBuilder("# netlab sweep: " + sweep.parameter() + "\n\n");
        paragraphs(sweep, context).forEach(p -> b.append(p).append("\n\n"));
        b.append(Markdown.table(header(sweep, metrics), table(sweep, metrics)));
        for (Figure f : figures) {
            b.append("\n## ").append(f.title()).append("\n\n![").append(f.title()).append("](").append(f.fileName())
                    .append(")\n\n").append(f.sentence()).append('\n');
        }
        b.append("\n## Each run's report\n\n");
        for (SweepContext.RunLink link : context.runs()) {
            String name = sweep.parameter() + " = " + link.valueLabel() + ", repeat " + (link.repeat() + 1);
            b.append(link.problem().isEmpty() ? "- [" + name + "](" + link.report() + ")\n"
                    : "- " + name + ": no report (" + link.problem() + ")\n");
        }
        return b.toString();
    }
}
