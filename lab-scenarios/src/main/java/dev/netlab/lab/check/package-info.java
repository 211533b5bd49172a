/**
 * {@code netlab check}, the grader for reliable-transfer assignments: suites and their files
 * ({@link dev.netlab.lab.check.SuiteLoader}, the built-in {@code rdt}), running a case through a relay
 * ({@link dev.netlab.lab.check.CheckRun}), verdicts and numbers, and the results it writes
 * ({@link dev.netlab.lab.check.CheckOutput}). docs/check.md describes all of it for users.
 */
package dev.netlab.lab.check;
