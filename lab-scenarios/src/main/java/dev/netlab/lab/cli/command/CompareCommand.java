package dev.netlab.lab.cli.command;

import dev.netlab.core.result.ResultsLayout;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.lab.cli.option.OutputDirectory;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.compare.CompareReport;
import dev.netlab.reports.compare.CompareTable;
import dev.netlab.reports.compare.RunComparison;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.RunRebuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netlab compare RUN_A RUN_B}: two runs' tables side by side with the differences, and
 * overlay charts written to a new directory.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare two runs: tables side by side and overlay charts.",
        description = {
            "Print two runs' tables side by side with B-A for each measure and the settings",
            "that differ, and write overlay charts (delivery, round-trip-time distribution)",
            "and report.html / report.md to a new directory. Reads what 'netlab run' wrote;",
            "runs nothing."
        },
        footer = {"", "Example:", "  netlab compare runs/lossy-wifi-20261127-101500 runs/lossy-wifi-20261127-102000"})
public final class CompareCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Io io;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "A results directory, for example runs/lossy-wifi-20261127-101500.")
    private Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Another results directory.")
    private Path runB;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the charts (default: runs/compare-<time>).")
    private Path out;

    CompareCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        check(runA, "RUN_A");
        check(runB, "RUN_B");
        RunComparison comparison = new RunComparison(runA, read(runA, "RUN_A"), runB, read(runB, "RUN_B"));
        Path dir = OutputDirectory.fresh(out != null ? out
                : Path.of("runs", "compare-" + LocalDateTime.now().format(STAMP)), "--out");
        io.out().println(comparison.legend());
        List<String> differences = CompareTable.settingDifferences(comparison);
        io.out().println(differences.isEmpty() ? "same settings and seed"
                : "settings that differ: " + String.join("; ", differences));
        io.out().println();
        io.out().print(CompareTable.aligned(comparison));
        io.out().println();
        Path html;
        try {
            html = CompareReport.write(comparison, dir, ReportOptions.DEFAULT);
        } catch (IOException e) {
            throw new RunFailureException("cannot write the comparison into " + dir + ": " + e.getMessage(), e);
        }
        io.out().println("charts: " + dir.toAbsolutePath().normalize());
        io.out().println("report: " + html.toAbsolutePath().normalize());
        io.out().flush();
        return ExitCodes.OK;
    }

    private static RunResults read(Path dir, String which) {
        try {
            return ResultsReader.read(dir);
        } catch (ResultsFormatException e) {
            throw new BadInputException(which + " " + dir + ": " + e.getMessage() + "; run it again, or if only "
                    + ResultsLayout.SUMMARY_JSON + " is damaged, remove it and run 'netlab report " + dir + "' to rebuild it", e);
        } catch (IOException e) {
            throw new BadInputException(which + " " + dir + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Says what is wrong with a directory before any file in it is parsed. */
    private static void check(Path dir, String which) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(which + " " + dir + ": not a directory; give a results directory that"
                    + " 'netlab run' wrote, for example runs/clean-20261127-101500");
        }
        if (Files.isRegularFile(dir.resolve("sweep.csv"))) {
            throw new BadInputException(which + " " + dir + " is a sweep; compare two of the run directories inside it");
        }
        if (RunRebuild.needed(dir)) {
            throw new BadInputException(which + " " + dir + " has no " + ResultsLayout.SUMMARY_JSON
                    + " (the run was interrupted): run 'netlab report " + dir + "' first to rebuild it");
        }
        if (!Files.isRegularFile(dir.resolve(ResultsLayout.SUMMARY_JSON))) {
            throw new BadInputException(which + " " + dir + " has no " + ResultsLayout.SUMMARY_JSON
                    + ": not a results directory; give one that 'netlab run' wrote");
        }
    }
}
