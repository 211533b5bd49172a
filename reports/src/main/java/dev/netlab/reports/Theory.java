package dev.netlab.reports;

/**
 * What the scenario's settings predict, to set next to what was observed. NaN where the scenario
 * gives no prediction.
 *
 * @param uplinkLossRate    between 0 and 1
 * @param downlinkLossRate  between 0 and 1
 * @param roundTripLossRate chance a request or its reply is lost, between 0 and 1
 * @param meanRttMs         mean round trip the configured delays give, milliseconds
 */
public record Theory(double uplinkLossRate, double downlinkLossRate, double roundTripLossRate, double meanRttMs) {

    /** No prediction at all. */
    public static final Theory NONE = new Theory(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
