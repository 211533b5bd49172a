package dev.netlab.reports.chart;

import java.util.Objects;

/**
 * How to draw a report's charts.
 *
 * @param size   pixel size of every chart; default {@link ChartSize#DEFAULT}, 1600×1000
 * @param format PNG (default) or SVG
 * @param logRtt whether round-trip-time axes are logarithmic (default false); helps when TCP's
 *     stalls are a hundred times UDP's round trip
 */
public record ReportOptions(ChartSize size, ImageFormat format, boolean logRtt) {

    /** 1600×1000 PNG, linear axes. */
    public static final ReportOptions DEFAULT = new ReportOptions(ChartSize.DEFAULT, ImageFormat.PNG, false);

    /** Rejects nulls. */
    public ReportOptions {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(format, "format");
    }
}
