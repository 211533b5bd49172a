/**
 * Two runs side by side ({@code netlab compare}): their tables with the differences, the settings
 * that differ, and overlay charts.
 */
package dev.netlab.reports.compare;
