/**
 * The TCP relay: accepts clients, connects each to the target and passes bytes both ways, copied
 * directly or through the TCP emulation of {@code dev.netlab.simulator.tcp}. The emulation's
 * algorithms (segments, retransmission, congestion control) live there, not here; this package
 * holds only the sockets, the loop that drives them and what they counted.
 */
package dev.netlab.simulator.relay.tcp;
