/**
 * The reporter's entry point for one run: {@link dev.netlab.reports.LabReport} reads a results
 * directory, draws its charts and writes report.html and report.md. The parts live in the
 * subpackages ({@code results} files in and out, {@code chart} drawing, {@code text} the report's
 * words, {@code sweep} the sweep report); nothing here may know of sockets or the simulator.
 */
package dev.netlab.reports;
