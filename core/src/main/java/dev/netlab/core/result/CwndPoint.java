package dev.netlab.core.result;

import dev.netlab.core.engine.Direction;

/**
 * One point of a TCP congestion window trace.
 *
 * @param client    the connection's client
 * @param direction which sender's window
 * @param timeMs    from the start of the run
 * @param cwndBytes the window then
 */
public record CwndPoint(int client, Direction direction, double timeMs, long cwndBytes) {
}
