package dev.netlab.reports.text;

import dev.netlab.core.result.TimingError;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.Expectation;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.ScenarioInfo;
import dev.netlab.reports.results.TrafficInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report's table: for each measure, what the scenario configured, what theory predicts and
 * what each transport showed. "–" where a column has nothing to say.
 */
final class SummaryTable {

    /** One line of the table; {@code observed} holds one cell per transport that ran. */
    record Row(String measure, String configured, String theory, List<String> observed) {

        /** The row's cells, left to right. */
        List<String> cells() {
            List<String> cells = new ArrayList<>(List.of(measure, configured, theory));
            cells.addAll(observed);
            return cells;
        }
    }

    private SummaryTable() {
    }

    /** Every row's cells, in the order the table shows them. */
    static List<List<String>> cells(RunResults r) {
        return rows(r).stream().map(Row::cells).toList();
    }

    static List<String> header(RunResults r) {
        List<String> h = new ArrayList<>(List.of("measure", "configured", "theory"));
        r.transports().forEach(t -> h.add(t.name() + " observed"));
        return h;
    }

    static List<Row> rows(RunResults r) {
        ScenarioInfo s = r.scenario();
        Expectation th = s.expected();
        List<Row> rows = new ArrayList<>();
        rows.add(row(r, "messages sent", profile(r), "–", m -> Numbers.number(m.sent())));
        // With UDP in a queue TCP fills, the settings' loss is not what UDP meets: no theory figure then.
        boolean noTheory = Double.isNaN(th.roundTripLossRate()) || s.udpSharesQueueWithTcp();
        rows.add(row(r, "loss", links(s, "loss"),
                noTheory ? "–" : Numbers.percentFine(th.roundTripLossRate()) + " round trip",
                m -> Numbers.percent(m.settled() == 0 ? Double.NaN : (double) m.lost() / m.settled()) + " (" + m.lost() + " lost)"));
        if (r.summaries().values().stream().anyMatch(m -> m.timing().inFlight() > 0)) {
            rows.add(row(r, "in flight at the end (not delivered, not lost)", "–", "–", m -> Numbers.number(m.timing().inFlight())));
        }
        rows.add(row(r, "delivered (95% CI)", "–",
                noTheory ? "–" : Numbers.percentFine(1 - th.roundTripLossRate()),
                m -> Numbers.percent(m.deliveryRatio()) + (Double.isNaN(m.deliveryCi95Low()) ? ""
                        : " (" + Numbers.percent(m.deliveryCi95Low()) + "–" + Numbers.percent(m.deliveryCi95High()) + ")")));
        if (r.summaries().values().stream().anyMatch(m -> m.retransmissions().isPresent())) {
            rows.add(row(r, "retransmissions (timeouts)", "–", "–", m -> m.retransmissions().isEmpty() ? "–"
                    : m.retransmissions().getAsLong() + " (" + m.timeouts().orElse(0) + ")"));
            rows.add(row(r, "retransmission causes", "–", "–", SummaryTable::causes));
            rows.add(row(r, "head-of-line wait (longest)", "–", "–", m -> Numbers.ms(m.holWaitMs())
                    + (Double.isNaN(m.longestHolWaitMs()) ? "" : " (" + Numbers.ms(m.longestHolWaitMs()) + ")")));
            rows.add(row(r, "time lost to retransmission timeouts", "–", "–", m -> Numbers.ms(m.timeoutWaitMs())));
            rows.add(row(r, "handshake", "–", "–", m -> Numbers.ms(m.handshakeMs())));
        }
        rows.add(row(r, "RTT median (p50)", links(s, "delay"),
                Double.isNaN(th.meanRttMs()) ? "–" : Numbers.ms(th.meanRttMs()) + " mean", m -> timed(m, Numbers.ms(m.rttMs().p50()))));
        rows.add(row(r, "RTT p99", "–", "–", m -> timed(m, Numbers.ms(m.rttMs().p99()))));
        rows.add(row(r, "RTT max", "–", "–", m -> timed(m, Numbers.ms(m.rttMs().max()))));
        rows.add(row(r, "on time", deadlines(r), "–",
                m -> timed(m, Numbers.percent(m.onTimeRatio()))));
        rows.add(row(r, "jitter (RFC 3550)", links(s, "jitter"), "–", m -> timed(m, Numbers.ms(m.jitterMs()))));
        rows.add(row(r, "reordered (RFC 4737), largest extent", links(s, "reorder"), "–",
                m -> m.reordered() + ", " + m.reorderExtentMax()));
        rows.add(row(r, "duplicates", links(s, "duplicate"), "–", m -> Numbers.number(m.duplicates())));
        rows.add(DeliveredRate.row(r, links(s, "rate")));
        if (FairnessRow.applies(r)) {
            rows.add(FairnessRow.row(r, links(s, "rate")));
        }
        rows.add(row(r, "losses explained by the relay's ledger", "–", "–", SummaryTable::explained));
        rows.add(row(r, "host timing error p99: relay timer, client pacing", "–", "–", SummaryTable::timingError));
        return rows;
    }

    /** Whether the losses are explained, by how many drops, and the kernel's share when it has one or is unknown. */
    private static String explained(MeasuredSummary m) {
        String text = (m.consistent() ? "yes" : "NO")
                + (m.lostExplainedByLedger().isPresent() ? " (" + m.lostExplainedByLedger().getAsLong() + ")" : "");
        boolean udp = m.retransmissions().isEmpty();
        if (m.kernelDrops().orElse(0) > 0) {
            text += ", " + m.kernelDrops().getAsLong() + " dropped by the kernel";
        } else if (udp && !m.consistent() && m.kernelDrops().isEmpty()) {
            text += ", kernel drops unknown";
        }
        return text;
    }

        /** A timing figure, marked when the host's own timing error disturbed it (docs/results.md, "Timing"). */
    static String timed(MeasuredSummary m, String figure) {
        return m.timing().disturbed() ? figure + " " + DISTURBED : figure;
    }

    /** The mark on a disturbed timing figure. */
    static final String DISTURBED = "(disturbed)";

    private static String timingError(MeasuredSummary m) {
        TimingError relay = m.timing().relayLateMs();
        TimingError pacing = m.timing().pacingMs();
        return TimingText.ms(relay) + ", "
                + TimingText.ms(pacing) + (m.timing().disturbed() ? " " + DISTURBED : "");
    }

    private static Row row(RunResults r, String measure, String configured, String theory,
            Function<MeasuredSummary, String> cell) {
        List<String> observed = new ArrayList<>();
        for (Map.Entry<Transport, MeasuredSummary> e : r.summaries().entrySet()) {
            observed.add(cell.apply(e.getValue()));
        }
        return new Row(measure, configured, theory, observed);
    }

    /** "2 repaired drops, 0 repaired lost retransmissions, 38 spurious (38 after duplicate ACKs, 0 on the timer)". */
    static String causes(MeasuredSummary m) {
        return m.retransmissionCauses().map(c -> Numbers.count(c.repairedDrops(), "repaired drop") + ", "
                + Numbers.count(c.repairedLostRetransmissions(), "repaired lost retransmission") + ", "
                + c.spurious() + " spurious (" + c.spuriousFast() + " after duplicate ACKs, " + c.spuriousTimeouts()
                + " on the timer)").orElse("–");
    }

    /** The profile and clients; in a concurrent run each transport's: "UDP cbr, 1 client; TCP bulk, 1 client". */
    private static String profile(RunResults r) {
        ScenarioInfo s = r.scenario();
        if (s.isConcurrent()) {
            return String.join("; ", r.transports().stream().map(t -> t.name() + " " + s.traffic(t).words()).toList());
        }
        return s.profile().isEmpty() ? "–" : "profile " + s.profile() + ", " + Numbers.count(s.clients(), "client");
    }

    /** The deadline; in a concurrent run each transport's: "UDP no deadline; TCP deadline 150.0 ms". */
    private static String deadlines(RunResults r) {
        List<String> each = new ArrayList<>();
        for (Transport t : r.scenario().isConcurrent() ? r.transports() : List.<Transport>of()) {
            TrafficInfo traffic = r.scenario().traffic(t);
            each.add(t.name() + " " + (traffic.hasDeadline() ? "deadline " + Numbers.ms(traffic.deadlineMs()) : "no deadline"));
        }
        ScenarioInfo s = r.scenario();
        return !each.isEmpty() ? String.join("; ", each)
                : s.hasDeadline() ? "deadline " + Numbers.ms(s.deadlineMs()) : "no deadline";
    }

    /** "up 2%, down 2%" (or "2% each way") for one link setting; "–" when neither link sets it. */
    private static String links(ScenarioInfo s, String key) {
        String up = s.uplink().get(key);
        String down = s.downlink().get(key);
        if (up == null && down == null) {
            return "–";
        }
        if (up != null && up.equals(down)) {
            return up + " each way";
        }
        return "up " + (up == null ? "–" : up) + ", down " + (down == null ? "–" : down);
    }
}
