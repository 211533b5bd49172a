package dev.netlab.lab.check;

import java.io.IOException;
import java.nio.file.Path;

/** Writes every file of a check's results directory: check.json, junit.xml, check.md, check.html and the charts. */
public final class CheckOutput {

    private CheckOutput() {
    }

    /**
     * Writes the machine-readable files first (what a Ctrl-C must not lose), then the report.
     *
     * @param withReport false to skip the charts and report (the JVM is shutting down)
     * @return the HTML report, or the JSON file without a report
     */
    public static Path write(CheckResult result, Path dir, boolean withReport) throws IOException {
        CheckJson.write(result, dir);
        CheckJunit.write(result, dir);
        if (!withReport) {
            return dir.resolve(CheckJson.FILE);
        }
        CheckReport.write(result, dir);
        return dir.resolve(CheckReport.HTML);
    }
}
