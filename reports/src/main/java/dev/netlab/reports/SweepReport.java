package dev.netlab.reports;

import dev.netlab.core.scenario.Transport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        writeJson(sweep, sweepDir.resolve("sweep.json"));
        List<RunChart> charts = new ArrayList<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (SweepMetric metric : SweepMetric.values()) {
            RunChart chart = SweepChart.of(sweep, metric, options);
            byte[] bytes = ChartImages.render(chart.chart().orElseThrow(), options);
            Files.write(sweepDir.resolve(chart.id() + "." + options.format().extension()), bytes);
            charts.add(chart);
            images.put(chart.id(), bytes);
        }
        Path html = sweepDir.resolve("report.html");
        Files.writeString(html, html(sweep, charts, images, options), StandardCharsets.UTF_8);
        Files.writeString(sweepDir.resolve("report.md"), markdown(sweep, charts, options), StandardCharsets.UTF_8);
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

    private static String intro(SweepResults sweep) {
        long values = sweep.rows().stream().map(SweepRow::value).distinct().count();
        return "A sweep of " + sweep.parameter() + " over " + values + " values, " + sweep.repeatsPerValue()
                + (sweep.repeatsPerValue() == 1 ? " run" : " repeats") + " each. Table cells: mean (min–max over repeats).";
    }

    private static String html(SweepResults sweep, List<RunChart> charts, Map<String, byte[]> images,
            ReportOptions options) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>netlab sweep: ").append(Html.escape(sweep.parameter())).append("</title>\n<style>\n")
                .append(Html.STYLE).append("</style>\n</head>\n<body>\n<h1>netlab sweep: ")
                .append(Html.escape(sweep.parameter())).append("</h1>\n<p>").append(Html.escape(intro(sweep)))
                .append("</p>\n<div class=\"scroll\"><table>\n<thead><tr>");
        header(sweep).forEach(h -> b.append("<th>").append(Html.escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table(sweep)) {
            b.append("<tr>");
            row.forEach(cell -> b.append("<td>").append(Html.escape(cell)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
        for (RunChart c : charts) {
            b.append("<h2>").append(Html.escape(c.title())).append("</h2>\n<figure>\n<img src=\"data:")
                    .append(options.format().mimeType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(images.get(c.id()))).append("\" alt=\"")
                    .append(Html.escape(c.title())).append("\" width=\"").append(options.size().widthPixels())
                    .append("\" height=\"").append(options.size().heightPixels()).append("\">\n<figcaption>")
                    .append(Html.escape(c.sentence())).append("</figcaption>\n</figure>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String markdown(SweepResults sweep, List<RunChart> charts, ReportOptions options) {
        StringBuilder b = new StringBuilder("# netlab sweep: " + sweep.parameter() + "\n\n" + intro(sweep) + "\n\n|");
        List<String> header = header(sweep);
        header.forEach(h -> b.append(' ').append(h.replace("|", "\\|")).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<String> row : table(sweep)) {
            b.append('|');
            row.forEach(cell -> b.append(' ').append(cell.replace("|", "\\|")).append(" |"));
            b.append('\n');
        }
        for (RunChart c : charts) {
            b.append("\n## ").append(c.title()).append("\n\n![").append(c.title()).append("](").append(c.id())
                    .append('.').append(options.format().extension()).append(")\n\n").append(c.sentence()).append('\n');
        }
        return b.toString();
    }
}
