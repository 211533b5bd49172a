/**
 * Metrics as pure functions of what was observed: delivery with a Wilson interval, RFC 4737
 * reordering, RFC 3550 jitter, nearest-rank percentiles, goodput, on-time delivery, and the
 * {@link dev.netlab.core.metrics.TransportSummary} that puts them together for the report.
 * Nothing here reads a clock or touches a socket; "cannot be measured" is NaN.
 */
package dev.netlab.core.metrics;
