package dev.netlab.reports.chart;

import dev.netlab.core.metrics.Reordering;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One client's replies in the order they arrived, and RFC 4737 reordering measured on them. The
 * arrival index from messages.csv decides the order; arrival time breaks ties when it is absent.
 */
final class ArrivalOrder {

    private ArrivalOrder() {
    }

    /** The delivered rows of one client of one transport, in arrival order. */
    static List<MessageRow> of(RunResults r, Transport t, int client) {
        return r.messagesOf(t).stream()
                .filter(m -> m.client() == client && m.delivered())
                .sorted(Comparator.comparingLong((MessageRow m) -> m.arrivalIndex().orElse(Long.MAX_VALUE))
                        .thenComparingDouble(MessageRow::arrivalMs))
                .collect(Collectors.toList());
    }

    static Reordering reordering(List<MessageRow> arrivals) {
        return Reordering.of(arrivals.stream().mapToLong(MessageRow::seq).toArray());
    }

    /** Reordering per client of one transport, by client number. */
    static TreeMap<Integer, Reordering> perClient(RunResults r, Transport t) {
        TreeMap<Integer, Reordering> result = new TreeMap<>();
        for (int client : r.messagesOf(t).stream().map(MessageRow::client).collect(Collectors.toSet())) {
            result.put(client, reordering(of(r, t, client)));
        }
        return result;
    }
}
