/**
 * The named scenarios shipped with netlab (resources {@code scenarios/*.yaml} and their index) and
 * how a name or a file becomes a {@link dev.netlab.core.scenario.Scenario}. Scenario syntax and
 * validation belong to {@code core.scenario}; this package only finds and lists the files.
 */
package dev.netlab.lab.scenarios;
