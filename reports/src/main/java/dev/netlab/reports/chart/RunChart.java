package dev.netlab.reports.chart;

import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * One chart of a run's report and the sentence that says what it shows for this run.
 *
 * @param id       the file name without extension, for example {@code rtt-cdf}
 * @param title    the chart's title
 * @param chart    the chart; empty when the data for it is absent (no cwnd.csv)
 * @param sentence one sentence computed from the data, or the reason the chart is missing
 */
public record RunChart(String id, String title, Optional<JFreeChart> chart, String sentence) {
}
