package dev.netlab.lab.cli.console;

import dev.netlab.core.metrics.ClientShares;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.text.LinkShare;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The end-of-run table on the console: UDP and TCP side by side. The report's table, with theory
 * next to what was observed, is {@code dev.netlab.reports.text.SummaryTable}.
 */
public final class ConsoleTable {

    private ConsoleTable() {
    }

    public static void print(RunResult run, PrintWriter out) {
        List<TransportResult> columns = new ArrayList<>(run.transports().values());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-24s", ""));
        columns.forEach(c -> header.append(String.format(Locale.ROOT, "%16s", c.transport().label().toUpperCase(Locale.ROOT))));
        out.println(header);
        row(out, columns, "messages sent", r -> String.valueOf(r.summary().sent() + r.timing().inFlight()));
        row(out, columns, "delivered", r -> String.format(Locale.ROOT, "%d (%s)", r.summary().delivered(),
                percent(r.summary().deliveryRatio())));
        row(out, columns, "lost", r -> String.valueOf(r.summary().lost()));
        if (columns.stream().anyMatch(r -> r.timing().inFlight() > 0)) {
            row(out, columns, "in flight at the stop", r -> String.valueOf(r.timing().inFlight()));
        }
        row(out, columns, "on time", r -> timed(r, percent(r.summary().onTimeRatio())));
        row(out, columns, "reordered", r -> String.valueOf(r.summary().reordered()));
        row(out, columns, "duplicates", r -> String.valueOf(r.summary().duplicates()));
        row(out, columns, "RTT p50 (ms)", r -> timed(r, ms(r.summary().rttMs().p50())));
        row(out, columns, "RTT p99 (ms)", r -> timed(r, ms(r.summary().rttMs().p99())));
        row(out, columns, "jitter (ms)", r -> timed(r, ms(r.summary().jitterMs())));
        rateRows(run, columns, out);
        if (run.transports().containsKey(Transport.TCP)) {
            tcpRows(out, columns);
        }
        // Losses outside the engine (docs/results.md, relayDrops and kernelDrops): shown only when there were any.
        if (columns.stream().anyMatch(r -> r.notRelayed().byTheRelay() > 0)) {
            row(out, columns, "relay drops", r -> r.tcp().isPresent() ? "-" : String.valueOf(r.notRelayed().byTheRelay()));
        }
        if (columns.stream().anyMatch(r -> r.notRelayed().kernelDrops().orElse(0) > 0)) {
            row(out, columns, "kernel drops", r -> r.tcp().isPresent() ? "-"
                    : String.valueOf(r.notRelayed().kernelDrops().orElse(0)));
        }
        row(out, columns, "timer late p99 (ms)", r -> fine(r.timing().relayLateMs()));
        row(out, columns, "pacing late p99 (ms)", r -> fine(r.timing().pacingMs()));
        if (run.scenario().isConcurrent()) {
            out.println(LinkShare.of(run).sentence());
        }
        for (TransportResult r : columns) {
            if (r.timing().disturbed()) {
                out.println("* " + r.transport().label().toUpperCase(Locale.ROOT) + " timing figures are disturbed: "
                        + r.timing().disturbedBecause() + " (threshold " + TransportTiming.DISTURBED_P99_MS
                        + " ms p99); part of each round trip is the host's own delay");
            }
        }
        out.flush();
    }

    /**
     * The delivered rate, the clients' shares and, for a concurrent run, what each transport offered and got
     * as a share of the link. Goodput is a capacity only when the sender always has data (file, bulk); for a
     * fixed-rate profile it is what was delivered of what was offered (docs/results.md, "goodput").
     */
    private static void rateRows(RunResult run, List<TransportResult> columns, PrintWriter out) {
        long bulk = columns.stream().filter(r -> LinkShare.bulk(run.scenario().traffic(r.transport()).profile().label()))
                .count();
        row(out, columns, bulk == columns.size() ? "goodput (kbit/s)" : bulk == 0 ? "delivered rate (kbit/s)"
                : "delivered (kbit/s)", r -> number(r.summary().goodputBps() / 1000));
        if (run.scenario().isConcurrent()) {
            // One link, both transports at once (docs/results.md, "Sharing one link: UDP and TCP at once").
            LinkShare share = LinkShare.of(run);
            row(out, columns, "  offered (kbit/s)", r -> flow(share, r).bulk() ? "all it could"
                    : number(flow(share, r).offeredBps() / 1000));
            row(out, columns, "  delivered of offered", r -> flow(share, r).bulk() ? "-"
                    : percent(flow(share, r).deliveredOfOffered()));
            row(out, columns, "  share of the link", r -> percent(share.ofLink(r.summary().goodputBps())));
        }
        if (columns.stream().anyMatch(r -> clients(run, r) > 1)) {
            // How the clients shared the link (docs/results.md, clientGoodputBps and jainIndex).
            row(out, columns, "  per client, least-most", r -> shares(r, clients(run, r), false));
            row(out, columns, "  Jain's fairness index", r -> shares(r, clients(run, r), true));
        }
    }

    private static int clients(RunResult run, TransportResult r) {
        return run.scenario().traffic(r.transport()).clients();
    }

    private static LinkShare.Flow flow(LinkShare share, TransportResult r) {
        return share.flows().stream().filter(f -> f.transport() == r.transport()).findFirst().orElseThrow();
    }

    /** The least and most a client got, in kbit/s, or Jain's index over the clients. */
    private static String shares(TransportResult r, int clients, boolean index) {
        ClientShares shares = ClientShares.of(r.observations(), clients);
        if (index) {
            return Double.isNaN(shares.jainIndex()) ? "-" : String.format(Locale.ROOT, "%.3f", shares.jainIndex());
        }
        DoubleSummaryStatistics s = shares.goodputBps().stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return number(s.getMin() / 1000) + "-" + number(s.getMax() / 1000);
    }

    /** A timing figure, marked {@code *} when the host's own timing error disturbed it. */
    private static String timed(TransportResult r, String figure) {
        return r.timing().disturbed() ? figure + "*" : figure;
    }

    private static String fine(TimingError e) {
        return e.count() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", e.p99Ms());
    }

    /** TCP's cost: retransmissions with their causes, timeouts, and the two kinds of waiting (docs/results.md, TCP). */
    private static void tcpRows(PrintWriter out, List<TransportResult> columns) {
        tcp(out, columns, "retransmissions", t -> String.valueOf(t.retransmissions()));
        tcp(out, columns, "  repaired drops", t -> String.valueOf(t.causes().repairedDrops()));
        tcp(out, columns, "  repaired lost retx", t -> String.valueOf(t.causes().repairedLostRetransmissions()));
        tcp(out, columns, "  spurious (dup ACKs)", t -> String.valueOf(t.causes().spuriousFast()));
        tcp(out, columns, "  spurious (timer)", t -> String.valueOf(t.causes().spuriousTimeouts()));
        tcp(out, columns, "timeouts", t -> String.valueOf(t.timeouts()));
        tcp(out, columns, "timeout wait (ms)", t -> ms(t.timeoutWaitMs()));
        tcp(out, columns, "HOL wait (ms)", t -> ms(t.holWaitMs()));
        tcp(out, columns, "longest HOL wait (ms)", t -> ms(t.longestHolWaitMs()));
        row(out, columns, "books balance", r -> r.tcp().map(t -> t.balanced(r.timing().inFlight()) ? "yes" : "NO").orElse("-"));
    }

    private static void tcp(PrintWriter out, List<TransportResult> columns, String name, Function<TcpCost, String> cell) {
        row(out, columns, name, r -> r.tcp().map(cell).orElse("-"));
    }

    private static void row(PrintWriter out, List<TransportResult> columns, String name, Function<TransportResult, String> cell) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", name));
        columns.forEach(c -> line.append(String.format(Locale.ROOT, "%16s", cell.apply(c))));
        out.println(line);
    }

    public static String percent(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

}
