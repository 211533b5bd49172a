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
 * {@code sweep-goodput}) and {@code report.html} / {@code report.md}.
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
        writeJson(sweep, sweepDir.resolve(ResultsLayout.SWEEP_JSON));
        List<Figure> figures = new ArrayList<>();
        for (SweepMetric metric : SweepMetric.values()) {
            Figure figure = ChartImages.figure(SweepChart.of(sweep, metric, options), options);
            Files.write(sweepDir.resolve(figure.fileName()), figure.image().orElseThrow());
            figures.add(figure);
        }
        Path html = sweepDir.resolve(ResultsLayout.REPORT_HTML);
        Files.writeString(html, html(sweep, figures), StandardCharsets.UTF_8);
        Files.writeString(sweepDir.resolve(ResultsLayout.REPORT_MD), markdown(sweep, figures), StandardCharsets.UTF_8);
        return html;
    }

    private static void writeJson(SweepResults sweep, Path file) throws IOException {
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
                for (SweepMetric m : SweepMetric.values()) {
                    SweepPoint sp = sweep.points(t, m).get(i);
                    ObjectNode o = p.putObject(m.jsonKey);
                    o.put("repeats", sp.repeats());
                    number(o, "mean", m == SweepMetric.GOODPUT ? sp.mean() * 1000 : sp.mean());
                    number(o, "min", m == SweepMetric.GOODPUT ? sp.min() * 1000 : sp.min());
                    number(o, "max", m == SweepMetric.GOODPUT ? sp.max() * 1000 : sp.max());
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

    private static List<List<String>> table(SweepResults sweep) {
        List<List<String>> rows = new ArrayList<>();
        for (Transport t : sweep.transports()) {
            List<SweepPoint> values = sweep.points(t, SweepMetric.DELIVERY);
            for (int i = 0; i < values.size(); i++) {
                List<String> row = new ArrayList<>(List.of(values.get(i).valueLabel(), t.name()));
                for (SweepMetric m : SweepMetric.values()) {
                    SweepPoint p = sweep.points(t, m).get(i);
                    row.add(m.format(p.mean()) + (p.repeats() > 1 ? " (" + m.format(p.min()) + "–" + m.format(p.max()) + ")" : ""));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> header(SweepResults sweep) {
        List<String> h = new ArrayList<>(List.of(sweep.parameter(), "transport"));
        for (SweepMetric m : SweepMetric.values()) {
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

    private static String html(SweepResults sweep, List<Figure> figures) {
        StringBuilder b = new StringBuilder(Html.head("netlab sweep: " + sweep.parameter()));
        b.append("<h1>netlab sweep: ").append(Html.escape(sweep.parameter())).append("</h1>\n<p>")
                .append(Html.escape(intro(sweep))).append("</p>\n").append(Html.table(header(sweep), table(sweep)));
        for (Figure f : figures) {
            b.append("<h2>").append(Html.escape(f.title())).append("</h2>\n").append(Html.figure(f, f.image().orElseThrow()));
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String markdown(SweepResults sweep, List<Figure> figures) {
        StringBuilder b = new StringBuilder("# netlab sweep: " + sweep.parameter() + "\n\n" + intro(sweep) + "\n\n");
        b.append(Markdown.table(header(sweep), table(sweep)));
        for (Figure f : figures) {
            b.append("\n## ").append(f.title()).append("\n\n![").append(f.title()).append("](").append(f.fileName())
                    .append(")\n\n").append(f.sentence()).append('\n');
        }
        return b.toString();
    }
}
