package dev.netlab.reports.compare;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.ScenarioInfo;
import dev.netlab.reports.results.TrafficInfo;
import dev.netlab.reports.text.PlainTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The two runs' measures side by side, per transport: A, B and B-A. Every measure is one of the
 * run table's (docs/results.md); a difference is in the measure's unit, percentage points for ratios.
 */
public final class CompareTable {

    private record Measure(String name, ToDoubleFunction<MeasuredSummary> value, Kind kind) {
    }

    private enum Kind { COUNT, RATIO, MS, KBPS }

    private static final List<Measure> MEASURES = List.of(
            new Measure("messages sent", s -> s.sent(), Kind.COUNT),
            new Measure("delivered", MeasuredSummary::deliveryRatio, Kind.RATIO),
            new Measure("lost", s -> s.lost(), Kind.COUNT),
            new Measure("on time", MeasuredSummary::onTimeRatio, Kind.RATIO),
            new Measure("reordered", s -> s.reordered(), Kind.COUNT),
            new Measure("duplicates", s -> s.duplicates(), Kind.COUNT),
            new Measure("RTT p50 (ms)", s -> s.rttMs().p50(), Kind.MS),
            new Measure("RTT p99 (ms)", s -> s.rttMs().p99(), Kind.MS),
            new Measure("jitter (ms)", MeasuredSummary::jitterMs, Kind.MS),
            new Measure("delivered rate (kbit/s)", s -> s.goodputBps() / 1000, Kind.KBPS),
            new Measure("retransmissions", s -> s.retransmissions().isPresent() ? s.retransmissions().getAsLong() : Double.NaN,
                    Kind.COUNT),
            new Measure("timeouts", s -> s.timeouts().isPresent() ? s.timeouts().getAsLong() : Double.NaN, Kind.COUNT));

    private CompareTable() {
    }

    /** Both runs' transports, in {@link Transport} order. */
    static List<Transport> transports(RunComparison c) {
        Set<Transport> all = new LinkedHashSet<>();
        for (Transport t : Transport.values()) {
            if (c.a().summaries().containsKey(t) || c.b().summaries().containsKey(t)) {
                all.add(t);
            }
        }
        return new ArrayList<>(all);
    }

    /** "measure", then A, B and B-A for each transport. */
    public static List<String> header(RunComparison c) {
        List<String> h = new ArrayList<>(List.of("measure"));
        for (Transport t : transports(c)) {
            h.addAll(List.of(t.name() + " A", t.name() + " B", t.name() + " B-A"));
        }
        return h;
    }

    /** One row per measure; a transport that did not run in one of the runs shows "-". */
    public static List<List<String>> rows(RunComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Measure m : MEASURES) {
            List<String> row = new ArrayList<>(List.of(m.name()));
            for (Transport t : transports(c)) {
                double a = value(c.a(), t, m);
                double b = value(c.b(), t, m);
                row.addAll(List.of(format(a, m.kind()), format(b, m.kind()), difference(a, b, m.kind())));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The table as aligned plain text for a terminal, each transport's three columns as a group. */
    public static String aligned(RunComparison c) {
        return PlainTable.aligned(header(c), rows(c), 3);
    }

    /** The scenario settings that differ, one line each, for example {@code uplink.loss: 2% → 10%}. */
    public static List<String> settingDifferences(RunComparison c) {
        ScenarioInfo a = c.a().scenario();
        ScenarioInfo b = c.b().scenario();
        List<String> out = new ArrayList<>();
        differ(out, "scenario", a.name(), b.name());
        differ(out, "seed", String.valueOf(a.seed()), String.valueOf(b.seed()));
        if (a.isConcurrent() || b.isConcurrent()) {
            // A concurrent run's transports each have their own traffic: compare each.
            differ(out, "transports", a.isConcurrent() ? "at once" : "in turn", b.isConcurrent() ? "at once" : "in turn");
            for (Transport t : Transport.values()) {
                TrafficInfo ta = a.traffic(t);
                TrafficInfo tb = b.traffic(t);
                differ(out, t.label() + ".traffic", ta.words() + String.format(Locale.ROOT, ", %.0f ms", ta.durationMs()),
                        tb.words() + String.format(Locale.ROOT, ", %.0f ms", tb.durationMs()));
            }
        } else {
            differ(out, "profile", a.profile(), b.profile());
            differ(out, "clients", String.valueOf(a.clients()), String.valueOf(b.clients()));
            differ(out, "duration", String.format(Locale.ROOT, "%.0f ms", a.durationMs()),
                    String.format(Locale.ROOT, "%.0f ms", b.durationMs()));
        }
        settings(out, "uplink", a.uplink(), b.uplink());
        settings(out, "downlink", a.downlink(), b.downlink());
        differ(out, "phases", String.valueOf(a.phases().size()), String.valueOf(b.phases().size()));
        return out;
    }

    private static void settings(List<String> out, String direction, Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            differ(out, direction + "." + key, a.getOrDefault(key, "(not set)"), b.getOrDefault(key, "(not set)"));
        }
    }

    private static void differ(List<String> out, String what, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(what + ": " + a + " → " + b);
        }
    }

    private static double value(RunResults r, Transport t, Measure m) {
        MeasuredSummary s = r.summaries().get(t);
        return s == null ? Double.NaN : m.value().applyAsDouble(s);
    }

    private static String format(double v, Kind kind) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return switch (kind) {
            case COUNT -> String.format(Locale.ROOT, "%.0f", v);
            case RATIO -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case MS, KBPS -> String.format(Locale.ROOT, "%.1f", v);
        };
    }

    private static String difference(double a, double b, Kind kind) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "-";
        }
        double d = kind == Kind.RATIO ? 100 * (b - a) : b - a;
        String number = kind == Kind.COUNT ? String.format(Locale.ROOT, "%+.0f", d) : String.format(Locale.ROOT, "%+.1f", d);
        if (number.matches("[+-]0(\\.0)?")) {
            return "=";
        }
        return kind == Kind.RATIO ? number + " pt" : number;
    }
}
