/**
 * Writing netlab's CSV files: {@link dev.netlab.core.csv.CsvSink} streams a header and then whole
 * rows, thread-safe, for every ledger and trace file. What the columns are is not decided here: the
 * ledgers own their rows and {@code dev.netlab.core.result.ResultsCsv} owns the results directory's
 * headers. No parsing and no quoting rules live here.
 */
package dev.netlab.core.csv;
