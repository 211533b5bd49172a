package dev.netlab.lab.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * The bench's text table: a measurement, direct, relay, ratio, the target and whether it was met.
 * Rows are gathered while measuring and printed together at the end, so the progress lines on
 * standard error never cut the table on a terminal that shows both.
 */
final class BenchTable {

    /**
     * A target: its words and the test of a measurement against it.
     *
     * @param text  as the table shows it, for example {@code added ≤ +15 µs}
     * @param limit the bound
     * @param of    the measured figure the bound applies to, from (direct, relay)
     * @param atMost whether the figure must be at most the bound (else at least)
     */
    record Target(String text, double limit, DoubleBinaryOperator of, boolean atMost) {

        /** No target: the row is information only. */
        static final Target NONE = new Target("", Double.NaN, (d, r) -> Double.NaN, true);

        /** What the relay adds (relay − direct) must be at most {@code micros}. */
        static Target addedAtMost(double micros) {
            return new Target("added ≤ +" + plain(micros) + " µs", micros, (d, r) -> r - d, true);
        }

        /** The relay's ratio to direct must be at least {@code ratio}. */
        static Target ratioAtLeast(double ratio) {
            return new Target("ratio ≥ " + plain(ratio), ratio, (d, r) -> d == 0 ? Double.NaN : r / d, false);
        }

        /** The relay's (or the single) figure must be at most {@code limit}, shown with its unit. */
        static Target atMost(double limit, String unit) {
            return new Target("≤ " + plain(limit) + unit, limit, (d, r) -> r, true);
        }

        /** "met", "MISSED", or "-" when there is no target or the figure could not be measured. */
        String verdict(double direct, double relay) {
            double figure = of.applyAsDouble(direct, relay);
            if (Double.isNaN(limit) || Double.isNaN(figure)) {
                return "-";
            }
            return (atMost ? figure <= limit : figure >= limit) ? "met" : "MISSED";
        }

        private static String plain(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    private final List<String> lines = new ArrayList<>();
    private int missed;

    /** A row with the direct path and the relay side by side. */
    void row(String name, double direct, double relay, Target target) {
        add(name, number(direct), number(relay), direct == 0 ? "-" : String.format(Locale.ROOT, "%.2f", relay / direct),
                target, target.verdict(direct, relay));
    }

    /** A row with one figure (timer, engine). */
    void single(String name, double value, Target target) {
        add(name, "", number(value), "", target, target.verdict(Double.NaN, value));
    }

    /** A row with one figure and a note instead of a target. */
    void note(String name, double value, String note) {
        add(name, "", number(value), "", new Target(note, Double.NaN, (d, r) -> Double.NaN, true), "-");
    }

    private void add(String name, String direct, String relay, String ratio, Target target, String verdict) {
        missed += verdict.equals("MISSED") ? 1 : 0;
        lines.add(String.format(Locale.ROOT, "%-34s %14s %14s %8s  %-16s %s", name, direct, relay, ratio, target.text(), verdict));
    }

    /** How many targets were missed. */
    int missed() {
        return missed;
    }

    /** The header and every row. */
    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s %14s %14s %8s  %-16s %s%n", "measurement", "direct", "relay", "ratio", "target", "met?");
        lines.forEach(out::println);
        out.flush();
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
