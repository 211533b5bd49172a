package dev.netlab.lab.cli.command;

import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ConsoleTable;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.lab.cli.console.RunFailureException;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ChartSize;
import dev.netlab.reports.chart.ImageFormat;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.RunRebuild;
import dev.netlab.reports.sweep.SweepReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netlab report DIR}: draws the charts and writes report.html and report.md again from a
 * results directory, without running anything; prints the path of report.html.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Draw the charts and the lab report from a results directory.",
        description = {
            "Draw the charts and write report.html and report.md from a results directory",
            "(what 'netlab run' wrote) or a sweep directory (what 'netlab sweep' wrote),",
            "without running anything. Prints the path of",
            "report.html.",
            "A run that was killed before it finished has no summary.json: report rebuilds",
            "it from scenario.yaml, messages.csv and ledger.csv, marked interrupted, and says",
            "what that leaves out."
        })
public final class ReportCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(paramLabel = "DIR", description = "The results directory, for example runs/lossy-wifi-20261122-101500.")
    private Path dir;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000",
            description = "Chart size in pixels (default: ${DEFAULT-VALUE}, legible printed at half a page).")
    private String size;

    @Option(names = "--format", paramLabel = "png|svg", defaultValue = "png",
            description = "Chart image format: png or svg (default: ${DEFAULT-VALUE}).")
    private ImageFormat format;

    @Option(names = "--log-rtt", description = "Logarithmic round-trip-time axes, for runs where TCP stalls dwarf UDP's RTT.")
    private boolean logRtt;

    ReportCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        ChartSize chartSize;
        try {
            chartSize = ChartSize.parse(size);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--size: " + e.getMessage(), e);
        }
        Path html;
        try {
            ReportOptions options = new ReportOptions(chartSize, format, logRtt);
            if (RunRebuild.needed(dir)) {
                // Standard output stays the one path; what was rebuilt, and its table, go with the messages.
                RunRebuild.Rebuilt rebuilt = RunRebuild.rebuild(dir);
                io.err().println(rebuilt(rebuilt));
                ConsoleTable.print(rebuilt.run(), io.err());
                io.err().println("INTERRUPTED: the table covers what was written before the kill; messages without a"
                        + " reply at the end are in flight, not lost, and what the process held in memory (duplicates,"
                        + " damaged replies, TCP's retransmissions, the timing error) is not known.");
            }
            // A sweep's directory holds sweep.csv instead of one run's summary.json.
            html = java.nio.file.Files.isRegularFile(dir.resolve("sweep.csv")) ? SweepReport.write(dir, options)
                    : LabReport.write(dir, options);
        } catch (ResultsFormatException e) {
            throw new BadInputException(dir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RunFailureException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
        io.out().println(html.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }

    /** "summary.json was missing: the run was interrupted. Rebuilt ...: UDP 500 sent, 3 in flight; ...". */
    static String rebuilt(RunRebuild.Rebuilt rebuilt) {
        StringBuilder b = new StringBuilder("summary.json was missing, so the run was interrupted (killed before it"
                + " finished); rebuilt it from scenario.yaml, messages.csv and ledger.csv, marked interrupted:");
        rebuilt.run().transports().forEach((t, r) -> b.append(' ').append(t.name()).append(' ')
                .append(r.summary().sent() + r.timing().inFlight()).append(" sent, ").append(r.summary().lost())
                .append(" lost, ").append(r.timing().inFlight()).append(" in flight (not lost);"));
        b.setLength(b.length() - 1);
        if (rebuilt.partialLinesDropped() > 0) {
            b.append("; left out ").append(rebuilt.partialLinesDropped()).append(" torn last line(s)");
        }
        return b.append('.').toString();
    }
}
