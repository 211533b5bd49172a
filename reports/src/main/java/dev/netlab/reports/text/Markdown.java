package dev.netlab.reports.text;

import java.util.List;

/** Markdown for the reports: escaping and tables. */
public final class Markdown {

    private Markdown() {
    }

    /** Text safe inside a table cell: a bar would end the cell. */
    public static String escape(String text) {
        return text.replace("|", "\\|");
    }

    /** A table with a header line, a rule and one line per row, each line ending in a line break. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("|");
        header.forEach(h -> b.append(' ').append(escape(h)).append(" |"));
        b.append("\n|");
        header.forEach(h -> b.append("---|"));
        b.append('\n');
        for (List<String> row : rows) {
            b.append('|');
            row.forEach(cell -> b.append(' ').append(escape(cell)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }
}
