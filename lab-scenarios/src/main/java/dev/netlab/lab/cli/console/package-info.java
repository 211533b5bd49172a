/**
 * What the command line prints and how it ends: the console streams ({@code Io}), exit codes,
 * the bad-input and run-failure exceptions turned into one line, the summary table, the progress
 * bar and a live proxy's status lines. Nothing here parses options or starts a run.
 */
package dev.netlab.lab.cli.console;
