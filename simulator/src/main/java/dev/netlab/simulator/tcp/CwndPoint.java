package dev.netlab.simulator.tcp;

/**
 * One point of a congestion-window trace.
 *
 * @param timeNanos when the window took this value, on the path's clock
 * @param cwndBytes the congestion window in bytes
 */
public record CwndPoint(long timeNanos, long cwndBytes) {
}
