package dev.netlab.core.scenario;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link ScenarioWriter} spells values for people: each reads back to exactly the value it
 * was written from, so the written scenario loads back to the same scenario.
 */
final class ScenarioText {

    /** Lines of a folded description stop before this column, so the text fits an editor window. */
    private static final int WIDTH = 96;

    private ScenarioText() {
    }

    /**
     * A duration in the largest unit of which it is at least one, with as many decimals as needed to
     * stay exact: {@code 2s}, {@code 1.5s}, {@code 16.666667ms}, {@code 250us}, {@code 0s}.
     */
    static String duration(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String[] units = {"s", "ms", "us"};
        int[] digits = {9, 6, 3};
        for (int i = 0; i < units.length; i++) {
            if (Math.abs(nanos) >= BigDecimal.TEN.pow(digits[i]).longValue()) {
                return BigDecimal.valueOf(nanos).movePointLeft(digits[i]).stripTrailingZeros().toPlainString() + units[i];
            }
        }
        return nanos + "ns";
    }

    /** A setting's text as a YAML scalar: {@code true} and {@code false} as booleans, the rest as text. */
    static Object scalar(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> text;
        };
    }

    /**
     * The {@code description:} line: a folded block ({@code >}) wrapped at word boundaries, which
     * YAML joins back with single spaces. Text a folded block cannot carry unchanged (line breaks,
     * runs of spaces, a word longer than a line) is written as a quoted string instead.
     */
    static String description(String text) {
        if (text.isEmpty()) {
            return "description: \"\"\n";
        }
        boolean foldable = !text.contains("\n") && !text.contains("  ") && !text.contains("\t") && text.strip().equals(text)
                && List.of(text.split(" ")).stream().allMatch(w -> w.length() < WIDTH - 2);
        if (!foldable) {
            return "description: \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t") + "\"\n";
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH - 2) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        StringBuilder out = new StringBuilder("description: >\n");
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }
}
