package dev.netlab.reports.text;

import dev.netlab.core.metrics.ClientShares;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.RunResults;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;

/**
 * The table's row for how the clients shared the link: Jain's fairness index over each client's
 * goodput, with the smallest and largest share (docs/results.md, {@code jainIndex}). Shown only with
 * more than one client; every client sends the same traffic, so a fair link gives 1.
 */
final class FairnessRow {

    private FairnessRow() {
    }

    /** Whether the run has a row: more than one client. */
    static boolean applies(RunResults r) {
        return r.scenario().mostClients() > 1;
    }

    /** The row; {@code linkRate} is the link's configured rate as the table writes it, "–" for none. */
    static SummaryTable.Row row(RunResults r, String linkRate) {
        List<String> observed = new ArrayList<>();
        for (Transport t : r.transports()) {
            observed.add(cell(r.summaries().get(t).clientShares()));
        }
        String configured = (r.scenario().isConcurrent() ? "each transport's clients the same traffic"
                : r.scenario().clients() + " clients, same traffic") + ("–".equals(linkRate) ? "" : "; link rate " + linkRate);
        return new SummaryTable.Row("clients' shares: Jain's fairness index (least–most)", configured,
                "1 (equal shares)", observed);
    }

    /** "0.99 (240–251 kbit/s)"; "–" for a summary without shares. */
    static String cell(ClientShares shares) {
        if (shares.goodputBps().isEmpty() || Double.isNaN(shares.jainIndex())) {
            return "–";
        }
        DoubleSummaryStatistics stats = shares.goodputBps().stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return String.format(java.util.Locale.ROOT, "%.3f", shares.jainIndex()) + " ("
                + Numbers.bitsPerSecond(stats.getMin()) + "–" + Numbers.bitsPerSecond(stats.getMax()) + ")";
    }
}
