package dev.netlab.reports.text;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import java.util.ArrayList;
import java.util.List;

/**
 * The table's rate row. Goodput says what the path can carry only when the sender always has data
 * (the bulk profile, {@code file}); for a fixed-rate profile the sender offers a set rate, so the
 * row shows what was delivered of what was offered instead (docs/results.md, "goodput").
 */
final class DeliveredRate {

    private DeliveredRate() {
    }

    /** Whether the run's profile (every transport's) is a bulk transfer, where goodput is a capacity. */
    static boolean bulk(RunResults r) {
        return r.transports().stream().allMatch(t -> bulk(r, t));
    }

    /** Whether one transport's profile is a bulk transfer ({@code file} or {@code bulk}). */
    static boolean bulk(RunResults r, Transport t) {
        return LinkShare.bulk(r.scenario().traffic(t).profile());
    }

    /**
     * The offered rate of one transport: the payload of every message sent, in bits, over its planned
     * sending time; NaN without one.
     */
    static double offeredBps(RunResults r, Transport t) {
        double seconds = r.scenario().traffic(t).durationMs() / 1000;
        long bytes = r.messagesOf(t).stream().mapToLong(MessageRow::sizeBytes).sum();
        return seconds > 0 ? bytes * 8 / seconds : Double.NaN;
    }

    /** The row; {@code linkRate} is the link's configured rate as the table writes it, "–" for none. */
    static SummaryTable.Row row(RunResults r, String linkRate) {
        List<String> observed = new ArrayList<>();
        boolean bulk = bulk(r);
        for (Transport t : r.transports()) {
            String delivered = Numbers.bitsPerSecond(r.summaries().get(t).goodputBps());
            // A concurrent run may pair a bulk transport with a fixed-rate one: each cell says its own.
            observed.add(bulk(r, t) ? delivered : delivered + " of " + Numbers.bitsPerSecond(offeredBps(r, t)) + " offered");
        }
        String link = "–".equals(linkRate) ? "" : "; link rate " + linkRate;
        if (!bulk && r.transports().stream().anyMatch(t -> bulk(r, t))) {
            return new SummaryTable.Row("goodput (bulk) or delivered rate (fixed rate)", "each transport's own profile" + link,
                    "–", observed);
        }
        return bulk ? new SummaryTable.Row("goodput", "bulk profile" + link, "–", observed)
                : new SummaryTable.Row("delivered rate (goodput)", "fixed-rate profile, not a capacity" + link, "–", observed);
    }
}
