package dev.netlab.core.theory;

import java.util.Locale;

/**
 * Whether a run's delivered share agrees with the theory: does the share the scenario predicts lie
 * inside the run's 95% interval (Wilson, widened for bursty losses)? Said in one sentence that the
 * console and the report both print.
 *
 * @param transport the transport's name as the sentence shows it, for example {@code UDP}
 * @param expected  the share the theory predicts, 1 − round-trip loss
 * @param low       the interval's lower end
 * @param high      the interval's upper end
 */
public record TheoryCheck(String transport, double expected, double low, double high) {

    /** Whether the prediction lies inside the interval. */
    public boolean agrees() {
        return low <= expected && expected <= high;
    }

    /**
     * Decimals to show percentages with so the reader sees what the sentence says: 1, or 2 when the
     * prediction is within 0.05 percentage points of an end (92.46% against an interval from 92.48%).
     */
    public int decimals() {
        return Math.abs(expected - low) < 0.0005 || Math.abs(expected - high) < 0.0005 ? 2 : 1;
    }

    /** A share as a percentage with {@link #decimals()}, for example {@code 92.5%}. */
    public String percent(double share) {
        return String.format(Locale.ROOT, "%." + decimals() + "f%%", 100 * share);
    }

    /** For example {@code The theory's 92.5% lies inside UDP's interval.}; empty without a prediction. */
    public String sentence() {
        if (Double.isNaN(expected)) {
            return "";
        }
        String share = percent(expected);
        return agrees() ? "The theory's " + share + " lies inside " + transport + "'s interval."
                : "The theory's " + share + " lies outside " + transport + "'s interval: for this model about 1 run"
                        + " in 20 does that, so this run is an outlier, not a fault of the link.";
    }
}
