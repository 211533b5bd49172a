/**
 * What a run measured and how it is laid out on disk: {@link dev.netlab.core.result.RunResult}
 * and its parts, and the one definition of the results directory's file names, CSV columns and
 * summary.json keys ({@link dev.netlab.core.result.ResultsLayout},
 * {@link dev.netlab.core.result.ResultsCsv}, {@link dev.netlab.core.result.SummaryKeys}) that the
 * runner, the writer and the reader share. Writing and reading the files themselves belongs to
 * {@code reports}; nothing here touches the file system.
 */
package dev.netlab.core.result;
