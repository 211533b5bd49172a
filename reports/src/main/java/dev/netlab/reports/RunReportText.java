package dev.netlab.reports;

import dev.netlab.core.scenario.Transport;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code report.html} (charts embedded as data URIs, so the one file opens offline)
 * and {@code report.md} (charts linked as the files next to it). Nothing here reads a clock, so
 * the same results give the same text.
 */
final class RunReportText {

    private RunReportText() {
    }

    static String html(RunResults r, List<RunChart> charts, Map<String, byte[]> images, ReportOptions options) {
        ScenarioInfo s = r.scenario();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>netlab report: ").append(Html.escape(s.name())).append("</title>\n<style>\n")
                .append(Html.STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<h1>netlab report: ").append(Html.escape(s.name())).append("</h1>\n");
        b.append("<p>").append(Html.escape(intro(r))).append("</p>\n");
        if (r.partial()) {
            b.append("<p class=\"note\">This run stopped early: the results are partial.</p>\n");
        }
        b.append("<h2>Scenario</h2>\n<ul>\n");
        for (String line : scenarioLines(s)) {
            b.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        b.append("</ul>\n");
        r.scenarioYaml().ifPresent(yaml -> b.append("<details><summary>scenario.yaml</summary>\n<pre>")
                .append(Html.escape(yaml)).append("</pre></details>\n"));
        b.append("<h2>Summary</h2>\n<div class=\"scroll\"><table>\n<thead><tr>");
        for (String h : SummaryTable.header(r)) {
            b.append("<th>").append(Html.escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (SummaryTable.Row row : SummaryTable.rows(r)) {
            b.append("<tr><td>").append(Html.escape(row.measure())).append("</td><td>")
                    .append(Html.escape(row.configured())).append("</td><td>").append(Html.escape(row.theory()))
                    .append("</td>");
            for (String cell : row.observed()) {
                b.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<h2>Charts</h2>\n");
        for (RunChart c : charts) {
            byte[] image = images.get(c.id());
            b.append("<h3>").append(Html.escape(c.title())).append("</h3>\n");
            if (image == null) {
                b.append("<p class=\"note\">").append(Html.escape(c.sentence())).append("</p>\n");
                continue;
            }
            b.append("<figure>\n<img src=\"data:").append(options.format().mimeType()).append(";base64,")
                    .append(Base64.getEncoder().encodeToString(image)).append("\" alt=\"")
                    .append(Html.escape(c.title())).append("\" width=\"").append(options.size().widthPixels())
                    .append("\" height=\"").append(options.size().heightPixels()).append("\">\n<figcaption>")
                    .append(Html.escape(c.sentence())).append("</figcaption>\n</figure>\n");
        }
        b.append("<p><small>Written by netlab report from the files in this directory;")
                .append(" run <code>netlab report DIR</code> to draw it again.</small></p>\n</body>\n</html>\n");
        return b.toString();
    }

    static String markdown(RunResults r, List<RunChart> charts, Map<String, byte[]> images, ReportOptions options) {
        ScenarioInfo s = r.scenario();
        StringBuilder b = new StringBuilder();
        b.append("# netlab report: ").append(s.name()).append("\n\n").append(intro(r)).append("\n\n");
        if (r.partial()) {
            b.append("> **This run stopped early: the results are partial.**\n\n");
        }
        b.append("## Scenario\n\n");
        for (String line : scenarioLines(s)) {
            b.append("- ").append(md(line)).append('\n');
        }
        b.append("\n## Summary\n\n|");
        List<String> header = SummaryTable.header(r);
        header.forEach(h -> b.append(' ').append(md(h)).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        for (SummaryTable.Row row : SummaryTable.rows(r)) {
            b.append("| ").append(md(row.measure())).append(" | ").append(md(row.configured())).append(" | ")
                    .append(md(row.theory())).append(" |");
            row.observed().forEach(cell -> b.append(' ').append(md(cell)).append(" |"));
            b.append('\n');
        }
        b.append("\n## Charts\n\n");
        for (RunChart c : charts) {
            b.append("### ").append(c.title()).append("\n\n");
            if (images.containsKey(c.id())) {
                b.append("![").append(md(c.title())).append("](").append(c.id()).append('.')
                        .append(options.format().extension()).append(")\n\n");
            }
            b.append(md(c.sentence())).append("\n\n");
        }
        return b.toString();
    }

    private static String intro(RunResults r) {
        ScenarioInfo s = r.scenario();
        return String.format(Locale.ROOT, "%s%s clients ran the %s profile over %s for %s each, scenario %s, seed %d.",
                s.description().isEmpty() ? "" : s.description() + " ", Numbers.number(s.clients()),
                s.profile().isEmpty() ? "default" : s.profile(),
                String.join(" and ", r.transports().stream().map(Transport::name).toList()),
                Numbers.ms(s.durationMs()).replace(".0 ms", " ms"), s.name(), s.seed());
    }

    private static List<String> scenarioLines(ScenarioInfo s) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("name: " + s.name() + ", seed " + s.seed());
        lines.add("profile: " + (s.profile().isEmpty() ? "–" : s.profile()) + ", " + s.clients() + " clients, "
                + Numbers.ms(s.durationMs()) + " per transport"
                + (s.hasDeadline() ? ", deadline " + Numbers.ms(s.deadlineMs()) : ", no deadline"));
        lines.add("uplink: " + settings(s.uplink()));
        lines.add("downlink: " + settings(s.downlink()));
        for (Phase p : s.phases()) {
            lines.add("phase " + p.name() + ": " + Numbers.ms(p.fromMs()) + " to " + Numbers.ms(p.toMs()));
        }
        Theory th = s.theory();
        if (!Double.isNaN(th.roundTripLossRate())) {
            lines.add("theory: round-trip loss " + Numbers.percentFine(th.roundTripLossRate())
                    + " = 1 − (1 − " + Numbers.percentFine(th.uplinkLossRate()) + ")(1 − "
                    + Numbers.percentFine(th.downlinkLossRate()) + ")"
                    + (Double.isNaN(th.meanRttMs()) ? "" : ", mean RTT " + Numbers.ms(th.meanRttMs())));
        }
        return lines;
    }

    private static String settings(Map<String, String> link) {
        if (link.isEmpty()) {
            return "no impairment";
        }
        StringBuilder b = new StringBuilder();
        link.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    private static String md(String text) {
        return text.replace("|", "\\|");
    }
}
