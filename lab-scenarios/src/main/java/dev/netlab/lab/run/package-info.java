/**
 * One lab run from scenario to results directory ({@link dev.netlab.lab.run.LabRun}): the
 * simulator's runner streams the ledger, the reports' writer writes the other files, both under
 * the names {@code dev.netlab.core.result.ResultsLayout} defines. Command-line flags and printing
 * belong to {@code lab.cli}, not here.
 */
package dev.netlab.lab.run;
