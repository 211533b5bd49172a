/**
 * The charts of a run's report (one class each, listed in order by
 * {@link dev.netlab.reports.chart.RunCharts}), the look they share
 * ({@link dev.netlab.reports.chart.ChartStyle}) and their rendering to PNG or SVG
 * ({@link dev.netlab.reports.chart.ChartImages}). Charts read {@code results} records and never the
 * files; the report's page text belongs to {@code text}.
 */
package dev.netlab.reports.chart;
