/**
 * The results directory as data: {@link dev.netlab.reports.results.ResultsWriter} writes a run's
 * files and {@link dev.netlab.reports.results.ResultsReader} and
 * {@link dev.netlab.reports.results.SweepCsv} read them back into records such as
 * {@link dev.netlab.reports.results.RunResults}. File names, CSV columns and JSON keys come from
 * {@code dev.netlab.core.result}, never spelled here twice; no drawing and no report text here.
 */
package dev.netlab.reports.results;
