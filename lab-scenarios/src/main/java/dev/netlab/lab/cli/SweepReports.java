package dev.netlab.lab.cli;

import java.nio.file.Path;

/** Writes a sweep's charts and report once the reports module can. */
final class SweepReports {

    private SweepReports() {
    }

    /** @return the report's path, or null when none was written */
    static Path write(Path sweepDir) {
        return null;
    }
}
