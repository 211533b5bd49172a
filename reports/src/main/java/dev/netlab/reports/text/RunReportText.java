package dev.netlab.reports.text;

import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.Expectation;
import dev.netlab.reports.results.PhaseSpan;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.ScenarioInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of a run's {@code report.html} (charts embedded as data URIs, so the one file opens
 * offline) and {@code report.md} (charts linked as the files next to it). Nothing here reads a
 * clock, so the same results give the same text.
 */
public final class RunReportText {

    private RunReportText() {
    }

    /** The HTML page: intro, scenario, summary table and every figure (a note where one was not drawn). */
    public static String html(RunResults r, List<Figure> figures) {
        ScenarioInfo s = r.scenario();
        StringBuilder b = new StringBuilder(Html.head("netlab report: " + s.name()));
        b.append("<h1>netlab report: ").append(Html.escape(s.name())).append("</h1>\n");
        b.append("<p>").append(Html.escape(intro(r))).append("</p>\n");
        for (String line : TimingText.partial(r)) {
            b.append("<p class=\"note\">").append(Html.escape(line)).append("</p>\n");
        }
        b.append("<h2>Scenario</h2>\n<ul>\n");
        for (String line : scenarioLines(s)) {
            b.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        b.append("</ul>\n");
        r.scenarioYaml().ifPresent(yaml -> b.append("<details><summary>scenario.yaml</summary>\n<pre>")
                .append(Html.escape(yaml)).append("</pre></details>\n"));
        b.append("<h2>Summary</h2>\n").append(Html.table(SummaryTable.header(r), SummaryTable.cells(r)));
        if (s.isConcurrent()) {
            LinkShare share = LinkShare.of(r);
            b.append("<h2>Sharing the link</h2>\n<p>").append(Html.escape(share.sentence())).append("</p>\n")
                    .append(Html.table(LinkShareTable.header(), LinkShareTable.cells(share)));
        }
        List<String> timing = TimingText.sentences(r);
        if (!timing.isEmpty()) {
            b.append("<h2>Timing</h2>\n");
            timing.forEach(line -> b.append("<p>").append(Html.escape(line)).append("</p>\n"));
        }
        b.append("<h2>Charts</h2>\n");
        for (Figure f : figures) {
            b.append("<h3>").append(Html.escape(f.title())).append("</h3>\n");
            b.append(f.image().map(image -> Html.figure(f, image))
                    .orElseGet(() -> "<p class=\"note\">" + Html.escape(f.sentence()) + "</p>\n"));
        }
        b.append(Glossary.html());
        b.append("<p><small>Written by netlab report from the files in this directory;")
                .append(" run <code>netlab report DIR</code> to draw it again.</small></p>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The Markdown page: the same as the HTML, with the figures linked instead of embedded. */
    public static String markdown(RunResults r, List<Figure> figures) {
        ScenarioInfo s = r.scenario();
        StringBuilder b = new StringBuilder();
        b.append("# netlab report: ").append(s.name()).append("\n\n").append(intro(r)).append("\n\n");
        for (String line : TimingText.partial(r)) {
            b.append("> **").append(Markdown.escape(line)).append("**\n\n");
        }
        b.append("## Scenario\n\n");
        for (String line : scenarioLines(s)) {
            b.append("- ").append(Markdown.escape(line)).append('\n');
        }
        b.append("\n## Summary\n\n").append(Markdown.table(SummaryTable.header(r), SummaryTable.cells(r)));
        if (s.isConcurrent()) {
            LinkShare share = LinkShare.of(r);
            b.append("\n## Sharing the link\n\n").append(Markdown.escape(share.sentence())).append("\n\n")
                    .append(Markdown.table(LinkShareTable.header(), LinkShareTable.cells(share)));
        }
        List<String> timing = TimingText.sentences(r);
        if (!timing.isEmpty()) {
            b.append("\n## Timing\n\n");
            timing.forEach(line -> b.append(Markdown.escape(line)).append("\n\n"));
        }
        b.append("\n## Charts\n\n");
        for (Figure f : figures) {
            b.append("### ").append(f.title()).append("\n\n");
            if (f.image().isPresent()) {
                b.append("![").append(Markdown.escape(f.title())).append("](").append(f.fileName()).append(")\n\n");
            }
            b.append(Markdown.escape(f.sentence())).append("\n\n");
        }
        return b.append(Glossary.markdown()).toString();
    }

    private static String intro(RunResults r) {
        ScenarioInfo s = r.scenario();
        if (s.isConcurrent()) {
            return String.format(Locale.ROOT, "%s%s crossed one link at once%s, scenario %s, seed %d.",
                    s.description().isEmpty() ? "" : s.description() + " ", String.join(" and ", r.transports().stream()
                            .map(t -> t.name() + " (" + s.traffic(t).words() + ")").toList()),
                    r.partial() ? ", stopped early" : "", s.name(), s.seed());
        }
        return String.format(Locale.ROOT, "%s%s ran the %s profile over %s%s, scenario %s, seed %d.",
                s.description().isEmpty() ? "" : s.description() + " ", Numbers.count(s.clients(), "client"),
                s.profile().isEmpty() ? "default" : s.profile(),
                String.join(" and ", r.transports().stream().map(Transport::name).toList()),
                (r.partial() ? ", planned for %s each but stopped early" : " for %s each").formatted(
                        Numbers.ms(s.durationMs()).replace(".0 ms", " ms")), s.name(), s.seed());
    }

    private static List<String> scenarioLines(ScenarioInfo s) {
        List<String> lines = new ArrayList<>();
        lines.add("name: " + s.name() + ", seed " + s.seed());
        if (s.isConcurrent()) {
            s.concurrent().forEach((t, traffic) -> lines.add(t.name() + " traffic: " + traffic.words()
                    + ", " + Numbers.ms(traffic.durationMs()) + (traffic.hasDeadline() ? ", deadline "
                    + Numbers.ms(traffic.deadlineMs()) : ", no deadline")));
        } else {
            lines.add("profile: " + (s.profile().isEmpty() ? "–" : s.profile()) + ", " + Numbers.count(s.clients(), "client")
                    + ", " + Numbers.ms(s.durationMs()) + " per transport"
                    + (s.hasDeadline() ? ", deadline " + Numbers.ms(s.deadlineMs()) : ", no deadline"));
        }
        lines.add("uplink: " + settings(s.uplink()));
        lines.add("downlink: " + settings(s.downlink()));
        for (PhaseSpan p : s.phases()) {
            lines.add("phase " + p.name() + ": " + Numbers.ms(p.fromMs()) + " to " + Numbers.ms(p.toMs()));
        }
        Expectation th = s.expected();
        if (!Double.isNaN(th.roundTripLossRate())) {
            lines.add("theory: round-trip loss " + Numbers.percentFine(th.roundTripLossRate()) + " (uplink "
                    + Numbers.percentFine(th.uplinkLossRate()) + ", downlink " + Numbers.percentFine(th.downlinkLossRate())
                    + (s.phases().isEmpty() ? "" : ", phases weighted by the messages sent in them") + ")"
                    + (Double.isNaN(th.meanRttMs()) ? "" : ", mean RTT " + Numbers.ms(th.meanRttMs()))
                    // How two transports split one queue has no closed form: the settings' theory leaves it out.
                    + (s.isConcurrent() ? ", from the settings alone: how UDP and TCP split the shared queue is not"
                            + " in it" : ""));
            if (th.varianceInflation() >= 1.5) {
                lines.add(String.format(Locale.ROOT, "losses come in bursts: a run's delivered count spreads %.1f times"
                        + " as widely as with independent losses, and the 95%% interval is widened to match",
                        th.varianceInflation()));
            }
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
}
