package dev.netlab.simulator.client;

/**
 * What a line client did, for its caller to report.
 *
 * @param sent     lines sent
 * @param replies  replies printed (late ones included)
 * @param timeouts lines for which no reply came: within the timeout (UDP), or by the give-up time (TCP)
 */
public record ClientSummary(long sent, long replies, long timeouts) {
}
