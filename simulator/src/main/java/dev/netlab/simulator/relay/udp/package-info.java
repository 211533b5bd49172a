/**
 * The UDP relay: one front socket, a NAT-like upstream socket per client, the impairment engine
 * on each datagram's way and a timer thread that sends what it delayed. TCP relaying lives in
 * {@code relay.tcp}; nothing here opens a TCP socket or knows the scenario.
 */
package dev.netlab.simulator.relay.udp;
