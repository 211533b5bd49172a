package dev.netlab.reports.results;

import java.io.IOException;

/**
 * A results directory that cannot be reported on: a required file is missing or a line of it
 * cannot be read. The message names the file and, where there is one, the line.
 */
public final class ResultsFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure whose message names the file and, where there is one, the line. */
    public ResultsFormatException(String message) {
        super(message);
    }

    /** The same, with the failure underneath. */
    public ResultsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
