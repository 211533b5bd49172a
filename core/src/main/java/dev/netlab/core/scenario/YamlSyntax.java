package dev.netlab.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Says what is wrong with a scenario file that is not valid YAML in a reader's words rather than
 * the parser's ("while scanning for the next token"): indentation with tabs, and a key that does
 * not line up with the keys around it. Works on the text, since the parser stops at the first error.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    /** One problem for every line indented with a tab, at the tab; empty when there is none. */
    static List<ScenarioProblem> tabs(String source, String text) {
        List<ScenarioProblem> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int tab = line.indexOf('\t');
            if (tab >= 0 && line.substring(0, tab).isBlank()) {
                out.add(new ScenarioProblem(source, new YamlNode.Position(i + 1, tab + 1), "",
                        "tabs are not allowed in YAML; indent with spaces"));
            }
        }
        return out;
    }

    /**
     * The parser's error at {@code line} explained: which key is misaligned and with what, or the
     * parser's own first line with a hint when the text shows nothing simpler.
     */
    static ScenarioProblem explain(String source, String text, int line, int column, String parserMessage) {
        String[] lines = text.split("\n", -1);
        int at = Math.min(Math.max(line, 1), lines.length);
        while (at > 1 && !content(lines[at - 1])) {
            at--; // the parser often stops after the line at fault, on a blank one
        }
        int previous = at - 1;
        while (previous >= 1 && !content(lines[previous - 1])) {
            previous--;
        }
        String here = lines[at - 1];
        int indent = indent(here);
        YamlNode.Position place = new YamlNode.Position(at, indent + 1);
        if (previous >= 1 && content(here)) {
            String above = lines[previous - 1];
            if (indent > indent(above) && holdsValue(above)) {
                return new ScenarioProblem(source, place, "", "'" + key(here) + "' is indented " + spaces(indent)
                        + ", more than '" + key(above) + "' on line " + previous + " (" + spaces(indent(above))
                        + ") which already has a value; keys of one mapping must line up");
            }
            TreeSet<Integer> allowed = ancestorIndents(lines, at);
            if (!allowed.contains(indent)) {
                return new ScenarioProblem(source, place, "", "'" + key(here) + "' is indented " + spaces(indent)
                        + ", which lines up with no key above it (they are at " + String.join(" or ",
                        allowed.descendingSet().stream().map(YamlSyntax::spaces).toList())
                        + "); indent it with the same spaces as the keys it belongs with");
            }
        }
        String first = parserMessage == null ? "parse error" : parserMessage.lines().findFirst().orElse("parse error");
        return new ScenarioProblem(source, new YamlNode.Position(Math.max(1, line), Math.max(1, column)), "",
                "not valid YAML: " + first + " (check the indentation, the ': ' after each key and closing quotes"
                        + " and brackets near here)");
    }

    /** The indentations a key on line {@code at} may have: those of the lines it could belong under. */
    private static TreeSet<Integer> ancestorIndents(String[] lines, int at) {
        TreeSet<Integer> out = new TreeSet<>();
        int limit = Integer.MAX_VALUE;
        for (int i = at - 1; i >= 1 && limit > 0; i--) {
            String line = lines[i - 1];
            if (!content(line) || indent(line) >= limit) {
                continue;
            }
            limit = indent(line);
            out.add(limit);
            if (line.strip().startsWith("- ")) {
                out.add(limit + 2); // the keys of a list item line up after its "- "
            }
        }
        out.add(0);
        return out;
    }

    private static boolean content(String line) {
        return !line.isBlank() && !line.strip().startsWith("#");
    }

    private static boolean holdsValue(String line) {
        int colon = line.indexOf(": ");
        return colon > 0 && !line.substring(colon + 2).isBlank() && !line.substring(colon + 2).strip().startsWith("#");
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String key(String line) {
        String s = line.strip();
        s = s.startsWith("- ") ? s.substring(2).strip() : s;
        int colon = s.indexOf(':');
        return colon > 0 ? s.substring(0, colon) : s;
    }

    private static String spaces(int n) {
        return n + (n == 1 ? " space" : " spaces");
    }
}
