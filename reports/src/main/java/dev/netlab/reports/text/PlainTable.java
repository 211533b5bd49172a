package dev.netlab.reports.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A table as aligned plain text for a terminal: the first column left-aligned, the others right-aligned. */
public final class PlainTable {

    private PlainTable() {
    }

    /**
     * The table's lines.
     *
     * @param groupEvery put a wider gap before every this many columns after the first (0: none), so
     *                   that groups such as "UDP A, UDP B, UDP B-A" read as one
     */
    public static String aligned(List<String> header, List<List<String>> rows, int groupEvery) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] width = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size() && i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> row : all) {
            b.append(String.format(Locale.ROOT, "%-" + width[0] + "s", row.get(0)));
            for (int i = 1; i < row.size() && i < width.length; i++) {
                boolean groupStart = groupEvery > 0 && (i - 1) % groupEvery == 0;
                b.append(groupStart ? "   " : " ").append(String.format(Locale.ROOT, "%" + width[i] + "s", row.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
