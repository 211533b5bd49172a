/**
 * The words of the reports: the run report's HTML and Markdown
 * ({@link dev.netlab.reports.text.RunReportText}), its summary table, and how numbers, HTML and
 * Markdown are written. Charts arrive as {@link dev.netlab.reports.text.Figure}s, already drawn, so
 * nothing here depends on the chart library or reads a clock.
 */
package dev.netlab.reports.text;
