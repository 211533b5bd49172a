/**
 * The report of a sweep ({@link dev.netlab.reports.sweep.SweepReport}): sweep.csv's rows grouped
 * per transport and swept value, sweep.json, the four sweep charts and the sweep's report.html and
 * report.md. Running the sweep is the command line's job, not this package's.
 */
package dev.netlab.reports.sweep;
