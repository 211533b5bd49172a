package dev.netlab.lab.check;

import dev.netlab.reports.chart.ChartSize;
import dev.netlab.reports.chart.DatagramFateChart;
import dev.netlab.reports.text.Html;
import dev.netlab.reports.text.Markdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Writes {@code check.md} and {@code check.html}: the summary table, then per case what it
 * configured, why it passed or failed, its numbers and the chart of the sender's datagrams
 * ({@code datagrams.png} in the case's directory; embedded in the HTML so the page travels alone).
 */
final class CheckReport {

    static final String MARKDOWN = "check.md";
    static final String HTML = "check.html";
    static final String CHART = "datagrams.png";
    private static final ChartSize SIZE = new ChartSize(1600, 900);

    private CheckReport() {
    }

    static void write(CheckResult result, Path dir) throws IOException {
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder(Html.head("netlab check: " + result.suite().name()));
        String title = "netlab check: " + result.suite().name() + " (" + result.transport() + ")";
        md.append("# ").append(title).append("\n\n").append(summary(result)).append("\n\n");
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(summary(result)))
                .append("</p>\n");
        List<List<String>> rows = result.cases().stream().map(CaseText::row).toList();
        md.append(Markdown.table(CaseText.HEADER, rows)).append('\n');
        html.append(Html.table(CaseText.HEADER, rows));
        for (CaseResult r : result.cases()) {
            byte[] png = chart(r, dir);
            section(r, md, html, png);
        }
        md.append("Numbers and fates are defined in docs/check.md.\n");
        html.append("<p>Numbers and fates are defined in docs/check.md.</p>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(MARKDOWN), md, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HTML), html, StandardCharsets.UTF_8);
    }

    static String summary(CheckResult result) {
        return result.passed() + " of " + result.suite().cases().size() + " cases passed, " + result.earned() + " of "
                + result.suite().points() + " points" + (result.partial() ? " (PARTIAL: stopped by Ctrl-C)" : "")
                + ". Sender: " + result.sender() + ". Receiver: " + result.receiver() + ".";
    }

    private static byte[] chart(CaseResult r, Path dir) throws IOException {
        List<DatagramFateChart.Point> sender = points(r.traffic().sender());
        List<DatagramFateChart.Point> receiver = points(r.traffic().receiver());
        String caption = CaseText.configured(r.testCase()) + (r.resolvedRules().equals(r.testCase().rules()) ? ""
                : "; applied: " + String.join("; ", r.resolvedRules()));
        byte[] png = DatagramFateChart.png(sender, receiver, r.testCase().name() + ": "
                + (r.verdict().passed() ? "PASS" : "FAIL (" + r.verdict().kind() + ")"), caption, SIZE);
        Path caseDir = dir.resolve(r.directory());
        Files.createDirectories(caseDir);
        Files.write(caseDir.resolve(CHART), png);
        return png;
    }

    private static List<DatagramFateChart.Point> points(List<DatagramFates.Fate> fates) {
        return fates.stream().map(f -> new DatagramFateChart.Point(f.timeMs(), f.number(), f.fate())).toList();
    }

    private static void section(CaseResult r, StringBuilder md, StringBuilder html, byte[] png) {
        CheckCase c = r.testCase();
        String head = c.name() + ": " + (r.verdict().passed() ? "PASS" : "FAIL");
        List<String> lines = lines(r);
        md.append("## ").append(head).append("\n\n");
        html.append("<h2>").append(Html.escape(head)).append("</h2>\n<ul>\n");
        for (String line : lines) {
            md.append("- ").append(line).append('\n');
            html.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        md.append("\n![").append(c.name()).append("](").append(r.directory()).append('/').append(CHART).append(")\n\n");
        html.append("</ul>\n<figure>\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\" alt=\"").append(Html.escape(c.name())).append(": the sender's datagrams\" width=\"")
                .append(SIZE.widthPixels()).append("\" height=\"").append(SIZE.heightPixels()).append("\">\n")
                .append("</figure>\n");
    }

    private static List<String> lines(CaseResult r) {
        CheckCase c = r.testCase();
        CaseTraffic t = r.traffic();
        return List.of(
                (c.description().isEmpty() ? "" : c.description() + " ") + "Configured: " + CaseText.configured(c) + ".",
                "Result: " + r.verdict().reason() + ".",
                "Rules applied: " + (r.resolvedRules().isEmpty() ? "none" : String.join("; ", r.resolvedRules())) + ".",
                "Sender: " + t.uplink().datagrams() + " datagrams, " + t.uplink().bytes() + " bytes; receiver: "
                        + t.downlink().datagrams() + " datagrams, " + t.downlink().bytes() + " bytes.",
                "Drops: " + CaseText.drops(t) + "; corrupted: data " + t.uplink().corrupted() + ", ACK "
                        + t.downlink().corrupted() + "; duplicated: data " + t.uplink().duplicated() + ", ACK "
                        + t.downlink().duplicated() + ".",
                "Efficiency " + CaseText.ratio(t.efficiency(), true) + ", retransmission ratio "
                        + CaseText.ratio(t.retransmissionRatio(), false) + " (of at least " + t.minimalDatagrams()
                        + " datagrams), wall time " + CaseText.seconds(r.wallMillis()) + ".",
                "Files: " + r.directory() + "/ (input.bin, output.bin, ledger.csv, sender/receiver stdout and stderr).");
    }
}
