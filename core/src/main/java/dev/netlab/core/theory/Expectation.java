package dev.netlab.core.theory;

/**
 * What a scenario's settings imply for a UDP run with its traffic, to print next to what the run
 * measured. Defined in docs/results.md ({@code theory} in {@code summary.json}).
 *
 * @param uplinkLossRate share of requests the uplink loses, over the sending time (phases weighted
 *     by the messages sent in them)
 * @param downlinkLossRate share of replies the downlink loses, likewise
 * @param roundTripLossRate share of messages whose request or reply is lost
 * @param varianceInflation how many times wider the variance of the run's delivered count is than
 *     a binomial's with the same rate (1 for independent losses, several times that for bursts)
 * @param meanRttMs mean round trip of delivered messages as the model gives it (delay
 *     distributions, reorder, preserveOrder, rate serialisation and queueing, phases), without the
 *     host's own time; NaN when nothing would arrive
 */
public record Expectation(double uplinkLossRate, double downlinkLossRate, double roundTripLossRate,
        double varianceInflation, double meanRttMs) {
}
