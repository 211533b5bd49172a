package dev.netlab.lab.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code junit.xml}: one test case per suite case, a failure with the reason for each that
 * did not pass (cases that could not run count as failures too), so CI systems and autograders
 * show the check like any test run.
 */
final class CheckJunit {

    static final String FILE = "junit.xml";
    private static final int TAIL_LINES = 20;

    private CheckJunit() {
    }

    static void write(CheckResult result, Path dir) throws IOException {
        long failures = result.cases().size() - result.passed();
        double seconds = result.cases().stream().mapToDouble(CaseResult::wallMillis).sum() / 1000;
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT, "<testsuites name=\"netlab check\" tests=\"%d\" failures=\"%d\" time=\"%.3f\">%n",
                result.cases().size(), failures, seconds));
        b.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\""
                + " skipped=\"0\" time=\"%.3f\">%n", xml(result.suite().name()), result.cases().size(), failures, seconds));
        for (CaseResult r : result.cases()) {
            b.append(String.format(Locale.ROOT, "    <testcase classname=\"netlab.check.%s\" name=\"%s\" time=\"%.3f\"",
                    xml(result.suite().name()), xml(r.testCase().name()), r.wallMillis() / 1000));
            if (r.verdict().passed()) {
                b.append("/>\n");
                continue;
            }
            b.append(">\n      <failure type=\"").append(xml(r.verdict().kind())).append("\" message=\"")
                    .append(xml(r.verdict().reason())).append("\">").append(xml(details(r))).append("</failure>\n")
                    .append("      <system-err>").append(xml(errors(dir.resolve(r.directory())))).append("</system-err>\n")
                    .append("    </testcase>\n");
        }
        b.append("  </testsuite>\n</testsuites>\n");
        Files.writeString(dir.resolve(FILE), b.toString(), StandardCharsets.UTF_8);
    }

    private static String details(CaseResult r) {
        return r.verdict().reason() + "\n" + CaseText.configured(r.testCase()) + "\nfiles: " + r.directory() + "/";
    }

    /** The last lines each program wrote to stderr, which an autograder shows next to the failure. */
    static String errors(Path caseDir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String role : new String[] {"sender", "receiver"}) {
            Path file = caseDir.resolve(role + ".stderr.txt");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines = List.of(ChildProgram.tail(file).split("\\R"));
            List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            if (!String.join("", last).isBlank()) {
                b.append(role).append(" stderr (last lines):\n").append(String.join("\n", last)).append('\n');
            }
        }
        return b.toString();
    }

    /** Text safe in XML content and attributes; control characters a program printed are dropped. */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
