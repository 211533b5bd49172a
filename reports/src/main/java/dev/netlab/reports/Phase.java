package dev.netlab.reports;

/**
 * A stretch of a scenario with different impairments, for example an outage.
 *
 * @param name   what the scenario calls it
 * @param fromMs start, milliseconds since the run started
 * @param toMs   end, after {@code fromMs}
 */
public record Phase(String name, double fromMs, double toMs) {

    /** Checks the stretch is not empty. */
    public Phase {
        if (!(toMs > fromMs)) {
            throw new IllegalArgumentException("phase '" + name + "' must end after it starts: " + fromMs + " to " + toMs + " ms");
        }
    }
}
