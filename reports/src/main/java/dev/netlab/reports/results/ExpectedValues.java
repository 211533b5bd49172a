package dev.netlab.reports.results;

/**
 * What the scenario's settings predict, to set next to what was observed: summary.json's
 * {@code theory} object as read back (the engine's {@code Theory} computes it). NaN where the
 * scenario gives no prediction.
 *
 * @param uplinkLossRate    between 0 and 1
 * @param downlinkLossRate  between 0 and 1
 * @param roundTripLossRate chance a request or its reply is lost, between 0 and 1
 * @param meanRttMs         mean round trip the configured delays give, milliseconds
 */
public record ExpectedValues(double uplinkLossRate, double downlinkLossRate, double roundTripLossRate,
        double meanRttMs) {
}
