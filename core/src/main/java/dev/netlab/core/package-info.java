/**
 * The vocabulary shared by every module: what a server does ({@link dev.netlab.core.ServerMode}),
 * and, in the subpackages, scenarios, the impairment engine, units, traffic, probes, theory,
 * metrics and result records. Nothing in {@code core} opens a socket, starts a thread or reads a
 * clock; time is always a parameter.
 */
package dev.netlab.core;
