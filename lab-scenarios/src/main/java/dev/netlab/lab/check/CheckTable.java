package dev.netlab.lab.check;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The summary table in the terminal, one row per case, columns padded to their widest cell. */
public final class CheckTable {

    private CheckTable() {
    }

    /** Prints the table, then each failed case's reason in full (a cell would cut it). */
    public static void print(CheckResult result, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(CaseText.HEADER);
        result.cases().forEach(r -> rows.add(CaseText.row(r)));
        int[] widths = new int[CaseText.HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s", row.get(i))).append(i + 1 < row.size() ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        for (CaseResult r : result.cases()) {
            if (!r.verdict().passed()) {
                out.println(r.testCase().name() + ": " + r.verdict().reason());
            }
        }
        out.println(CheckReport.summary(result).split("\\. Sender:")[0] + ".");
    }

    /** The progress line's end for one case: "PASS 0.42 s" or "FAIL missing (...)". */
    public static String progress(CaseResult r) {
        return (r.verdict().passed() ? "PASS" : "FAIL") + " " + CaseText.seconds(r.wallMillis())
                + (r.verdict().passed() ? "" : "  " + r.verdict().reason());
    }
}
