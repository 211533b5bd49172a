package dev.netlab.reports.text;

import java.util.List;

/**
 * The report's glossary: one line per measure the table and the sentences use, and where each is
 * defined in full, with its formula and reference (docs/results.md, "Metrics").
 */
public final class Glossary {

    /** Where every measure is defined, as a reader finds it in netlab's source tree. */
    public static final String DEFINITIONS = "docs/results.md";

    /** Term and short definition, in the order the table shows them. */
    static final List<List<String>> TERMS = List.of(
            List.of("delivered (95% CI)", "replies received ÷ messages sent; the interval is Wilson's score interval,"
                    + " widened when losses come in bursts (varianceInflation)"),
            List.of("theory", "what the scenario's settings predict, computed from the settings alone"),
            List.of("RTT p50, p99", "nearest-rank percentile: the smallest round-trip time with at least that share"
                    + " of the round-trip times at or below it"),
            List.of("on time", "replies within the profile's deadline ÷ messages sent (a lost message is not on time)"),
            List.of("jitter (RFC 3550)", "RFC 3550's estimator J ← J + (|D| − J)/16 over one client's replies in arrival"
                    + " order, D the change in round-trip time; its final value, averaged over clients"),
            List.of("reordered (RFC 4737)", "replies that arrived after a reply with a higher sequence number of the"
                    + " same client; extent: how many places late. The configured reorder % counts the packets sent"
                    + " early instead, so the two differ"),
            List.of("delivered rate (goodput)", "payload bits delivered ÷ time from the first send to the last"
                    + " arrival; a capacity only for a bulk profile (file, bulk)"),
            List.of("share of the link", "a concurrent run's offered or delivered payload rate ÷ the link's rate (the"
                    + " lower of the two directions'); payload only, so 100% is out of reach"),
            List.of("gap", "a run of consecutive lost messages of one client: one outage is one gap"),
            List.of("longest silence", "the longest time between two consecutive replies to the same client"));

    private Glossary() {
    }

    /** The glossary as an HTML section. */
    public static String html() {
        StringBuilder b = new StringBuilder("<h2>Glossary</h2>\n<dl>\n");
        for (List<String> t : TERMS) {
            b.append("<dt>").append(Html.escape(t.get(0))).append("</dt><dd>").append(Html.escape(t.get(1)))
                    .append("</dd>\n");
        }
        return b.append("</dl>\n<p>").append(Html.escape(footnote())).append("</p>\n").toString();
    }

    /** The glossary as a Markdown section. */
    public static String markdown() {
        StringBuilder b = new StringBuilder("## Glossary\n\n");
        for (List<String> t : TERMS) {
            b.append("- **").append(t.get(0)).append("**: ").append(t.get(1)).append('\n');
        }
        return b.append('\n').append(footnote()).append("\n\n").toString();
    }

    private static String footnote() {
        return "Every number in this report, and every column of summary.json and messages.csv, is defined with its"
                + " formula and reference in " + DEFINITIONS + " (in netlab's source tree).";
    }
}
