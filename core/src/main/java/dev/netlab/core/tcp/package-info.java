/**
 * The TCP emulation's settings: one immutable, validated {@link dev.netlab.core.tcp.TcpSettings}
 * that travels unchanged from a scenario's {@code tcp} section or the proxy's flags to the
 * emulation, the congestion-control and loss-recovery choices, and {@link dev.netlab.core.tcp.TcpText},
 * the one function that reads them from text.
 *
 * <p>Only vocabulary lives here: no emulation (that is {@code dev.netlab.simulator.tcp}), no
 * sockets, threads or clock, and nothing about where in a file the text came from (the scenario
 * loader and the command line name their own keys and positions).
 */
package dev.netlab.core.tcp;
