package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Action;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.result.SummaryKeys;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFixture;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    /** docs/results.md, from the reports module's directory (where Maven runs its tests). */
    private static final Path RESULTS_DOC = Path.of("..", "docs", "results.md");

    @TempDir
    Path tmp;

    @Test
    void bothReportsEndWithTheGlossaryPointingToTheDefinitions() throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        LabReport.write(dir, ReportOptions.DEFAULT);
        String md = Files.readString(dir.resolve("report.md"));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(md.contains("## Glossary\n\n- **delivered (95% CI)**: "), md);
        assertTrue(md.contains("defined with its formula and reference in docs/results.md"), md);
        assertTrue(html.contains("<h2>Glossary</h2>") && html.contains("docs/results.md"), "html glossary");
    }

    @Test
    void resultsDocDefinesEverySummaryKeyAndEveryMessagesColumn() throws IOException, IllegalAccessException {
        // A key or column added without a definition fails here, naming it.
        String doc = Files.readString(RESULTS_DOC);
        List<String> names = new ArrayList<>(ResultsCsv.MESSAGES.columns());
        for (Field f : SummaryKeys.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        for (Action a : Action.values()) {
            String label = a.label();
            int dash = label.indexOf('-');
            names.add(dash < 0 ? label : label.substring(0, dash) + Character.toUpperCase(label.charAt(dash + 1))
                    + label.substring(dash + 2));
        }
        java.util.Set<String> codeWords = new java.util.HashSet<>();
        Matcher span = Pattern.compile("`([^`\\n]+)`").matcher(doc); // each `code span`, paired left to right
        while (span.find()) {
            codeWords.addAll(List.of(span.group(1).split("[^A-Za-z0-9_]+")));
        }
        List<String> missing = names.stream().filter(n -> !codeWords.contains(n)).toList();
        assertTrue(missing.isEmpty(), "not defined in docs/results.md: " + missing);
    }

    @Test
    void everyGlossaryTermIsAlsoInTheResultsDoc() throws IOException {
        String doc = Files.readString(RESULTS_DOC).toLowerCase(java.util.Locale.ROOT);
        for (List<String> term : Glossary.TERMS) {
            String word = term.get(0).replaceAll(" \\(.*", "").toLowerCase(java.util.Locale.ROOT);
            assertTrue(doc.contains(word.startsWith("rtt") ? "percentile" : word), "docs/results.md lacks " + word);
        }
    }
}
