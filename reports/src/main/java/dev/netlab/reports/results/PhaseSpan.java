package dev.netlab.reports.results;

/**
 * When a scenario phase (an outage, say) ran, as summary.json gives it: the span a chart shades.
 * The phase's settings are in the scenario ({@code core.scenario.Phase}); only its name and time are here.
 *
 * @param name   what the scenario calls it
 * @param fromMs start, milliseconds since the run started
 * @param toMs   end, after {@code fromMs}
 */
public record PhaseSpan(String name, double fromMs, double toMs) {

    /** Checks the stretch is not empty. */
    public PhaseSpan {
        if (!(toMs > fromMs)) {
            throw new IllegalArgumentException("phase '" + name + "' must end after it starts: " + fromMs + " to " + toMs + " ms");
        }
    }
}
