package dev.netlab.reports;

import dev.netlab.core.scenario.Transport;

/**
 * One row of {@code cwnd.csv}: TCP's congestion window at a moment.
 *
 * @param transport  the transport, {@code tcp} in practice
 * @param client     0-based client number
 * @param direction  {@code uplink} or {@code downlink}
 * @param timeMs     milliseconds since the transport's run started
 * @param cwndBytes  the window
 */
public record CwndPoint(Transport transport, int client, String direction, double timeMs, long cwndBytes) {
}
