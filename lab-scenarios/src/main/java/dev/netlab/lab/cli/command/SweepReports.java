package dev.netlab.lab.cli.command;

import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.sweep.SweepReport;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a sweep's charts, {@code sweep.json} and report from its {@code sweep.csv}. */
final class SweepReports {

    private SweepReports() {
    }

    /** @return the report's path */
    static Path write(Path sweepDir) throws IOException {
        return SweepReport.write(sweepDir, ReportOptions.DEFAULT);
    }
}
