/**
 * Scenario files: the {@link dev.netlab.core.scenario.Scenario} record, its loader (which reports
 * every problem with its {@code file:line:column}) and writer, and {@link dev.netlab.core.scenario.LinkSettings},
 * which turns a link's text settings into a {@link dev.netlab.core.engine.LinkConfig} through the
 * impairment registry. Nothing here knows a particular impairment: its keys live in its descriptor in
 * {@code engine}. No sockets, threads or clocks.
 */
package dev.netlab.core.scenario;
