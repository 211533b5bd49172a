package dev.netlab.reports.text;

import dev.netlab.core.result.RunWaits;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's sentences about the run itself rather than the link: how far the host's clock
 * kept to plan (docs/results.md, "Timing") and, for a run stopped early, how long each transport
 * really sent and what was still in flight.
 */
final class TimingText {

    private TimingText() {
    }

    /** A timing error's p99 with two decimals, "–" when nothing was measured. */
    static String ms(TimingError e) {
        return e.count() == 0 ? "–" : String.format(Locale.ROOT, "%.2f ms", e.p99Ms());
    }

    /** One sentence per transport on its timing error, and whether it disturbed the timing figures. */
    static List<String> sentences(RunResults r) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Transport, MeasuredSummary> e : r.summaries().entrySet()) {
            TransportTiming t = e.getValue().timing();
            if (t.relayLateMs().count() == 0 && t.pacingMs().count() == 0) {
                continue; // not measured (results written before timing was)
            }
            String name = e.getKey().name();
            String measured = name + ": the relay's timer fired " + error(t.relayLateMs(), e.getKey() == Transport.UDP ? "release" : "wake-up")
                    + "; the clients sent " + error(t.pacingMs(), "message") + ".";
            out.add(t.disturbed()
                    ? measured + " " + name + "'s RTT, jitter and on-time figures are marked disturbed: "
                            + t.disturbedBecause() + ", above the " + threshold() + " threshold, so part of"
                            + " each round trip is the host's own delay, not the link's."
                    : measured + " Both are below the " + threshold() + " threshold: " + name
                            + "'s round trips measure the link, not the host.");
        }
        return out;
    }

    /**
     * For a run stopped early: how long each transport sent, and what was in flight; for a run killed
     * and rebuilt, first what the rebuild could not know; for a run that reached TCP's wait cap, what
     * was not delivered before it ended. Empty otherwise.
     */
    static List<String> partial(RunResults r) {
        if (!r.partial()) {
            return waitCap(r);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Transport, MeasuredSummary> e : r.summaries().entrySet()) {
            TransportTiming t = e.getValue().timing();
            String sent = Double.isNaN(t.sendingMs()) ? "" : " sent for " + seconds(t.sendingMs());
            String flight = t.inFlight() == 0 ? "" : (sent.isEmpty() ? " had " : " and had ")
                    + Numbers.count(t.inFlight(), "message") + " in flight at the stop, counted neither delivered nor lost";
            if (!sent.isEmpty() || !flight.isEmpty()) {
                parts.add(e.getKey().name() + sent + flight);
            }
        }
        // A concurrent run's transports each planned their own sending time, at the same time.
        String planned = r.scenario().isConcurrent() ? "the planned " + String.join(" and ", r.transports().stream()
                .map(t -> seconds(r.scenario().traffic(t).durationMs()) + " of " + t.name()).toList())
                : "the planned " + seconds(r.scenario().durationMs()) + " per transport";
        String stopped = (r.interrupted() ? "This run was interrupted (killed) " : "This run was stopped early (Ctrl-C), ")
                + "against " + planned + (parts.isEmpty() ? "" : ": " + String.join("; ", parts)) + ".";
        return r.interrupted() ? List.of(INTERRUPTED, stopped) : List.of(stopped);
    }

    /** What a summary rebuilt by {@code netlab report} from a killed run's files means for its numbers. */
    static final String INTERRUPTED = "This run was interrupted: the process was killed before it finished, and"
            + " netlab report rebuilt summary.json from scenario.yaml, messages.csv and ledger.csv. Messages without"
            + " a reply at the end count as in flight, not lost (for TCP all of them, for UDP those sent within its"
            + " drain before the last thing recorded). Duplicates, damaged replies, TCP's retransmissions and"
            + " head-of-line waits, the congestion window and the run's timing error were not saved, so they are"
            + " missing or zero here, and the consistency checks were not run.";

    /** For each transport that reached its wait cap (TCP), what was not delivered before the run ended. */
    private static List<String> waitCap(RunResults r) {
        List<String> out = new ArrayList<>();
        r.summaries().forEach((t, m) -> {
            if (m.timing().waitCapReached()) {
                out.add(t.name() + " reached its wait cap (the drain plus " + RunWaits.TCP_EXTRA.toSeconds()
                        + " s after its last message) with "
                        + Numbers.count(m.timing().inFlight(), "message") + " not delivered before the run ended:"
                        + " they count as in flight, not lost, and the delivered share, round trips and on-time"
                        + " ratio leave them out.");
            }
        });
        return out;
    }

    private static String error(TimingError e, String what) {
        if (e.count() == 0) {
            return "no timed " + what + "s";
        }
        return String.format(Locale.ROOT, "%s late at the median, %s at p99 and %s at most over %s", fine(e.p50Ms()),
                fine(e.p99Ms()), fine(e.maxMs()), Numbers.count(e.count(), what));
    }

    private static String threshold() {
        return String.format(Locale.ROOT, "%.0f ms p99", TransportTiming.DISTURBED_P99_MS);
    }

    private static String fine(double ms) {
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
}
