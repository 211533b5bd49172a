/**
 * Targeted faults ("rules"): a rule picks datagrams of a flow by direction, index, time window and
 * payload and drops, corrupts, duplicates, delays or holds exactly those, before the random
 * impairments. {@link dev.netlab.core.rule.RuleSet#parse} reads the flag and YAML syntax (written
 * out in {@code docs/impairments.md}, section "Rules"); {@link dev.netlab.core.rule.FlowRules} is the
 * per-flow state the impairment engine keeps (indexes, the flow's start, a held datagram).
 */
package dev.netlab.core.rule;
