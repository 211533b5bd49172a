package dev.netlab.lab.check;

import dev.netlab.core.units.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The short texts every view of a check shares: the terminal table, check.md and check.html. */
public final class CaseText {

    /** The columns of the summary table. */
    public static final List<String> HEADER = List.of("case", "result", "time", "data dgrams", "ACK dgrams", "drops",
            "efficiency", "retx ratio", "points");

    private CaseText() {
    }

    /** One row of the summary table. */
    public static List<String> row(CaseResult r) {
        CaseTraffic t = r.traffic();
        return List.of(r.testCase().name(), r.verdict().passed() ? "PASS" : "FAIL " + r.verdict().kind(),
                seconds(r.wallMillis()), Long.toString(t.uplink().datagrams()), Long.toString(t.downlink().datagrams()),
                drops(t), ratio(t.efficiency(), true), ratio(t.retransmissionRatio(), false),
                r.earned() + "/" + r.testCase().points());
    }

    /** What the case configured: "uplink loss 10%; downlink -; rules: uplink index=1 drop". */
    public static String configured(CheckCase c) {
        List<String> parts = new ArrayList<>();
        parts.add("uplink " + settings(c.uplinkTexts()));
        parts.add("downlink " + settings(c.downlinkTexts()));
        if (!c.rules().isEmpty()) {
            parts.add("rules: " + String.join("; ", c.rules()));
        }
        parts.add(size(c.sizeBytes()) + ", limit " + Durations.format(c.timeLimit()) + ", seed " + c.seed());
        return String.join("; ", parts);
    }

    static String settings(Map<String, String> texts) {
        if (texts.isEmpty()) {
            return "perfect";
        }
        List<String> out = new ArrayList<>();
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(e.getKey() + " " + e.getValue()));
        return String.join(", ", out);
    }

    /** "3 (loss 2, rule 1 1)" each way, or "0". */
    public static String drops(CaseTraffic t) {
        return "data " + dropCount(t.uplink().drops()) + ", ACK " + dropCount(t.downlink().drops());
    }

    private static String dropCount(Map<String, Long> drops) {
        long total = drops.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "0";
        }
        List<String> by = new ArrayList<>();
        drops.forEach((reason, n) -> by.add(reason + ": " + n));
        return total + " (" + String.join(", ", by) + ")";
    }

    static String ratio(OptionalDouble value, boolean percent) {
        if (value.isEmpty()) {
            return "-";
        }
        return percent ? String.format(Locale.ROOT, "%.1f%%", value.getAsDouble() * 100)
                : String.format(Locale.ROOT, "%.2f", value.getAsDouble());
    }

    static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    static String size(long bytes) {
        return bytes >= 10_000 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0) : bytes + " B";
    }

    static String limit(Duration d) {
        return Durations.format(d);
    }
}
