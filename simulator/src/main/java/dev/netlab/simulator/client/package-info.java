/**
 * The lecture notes' line clients, UDP and TCP, as used by {@code netlab client}. A measured
 * run's probe clients live in {@code simulator.run}; nothing here knows the relay.
 */
package dev.netlab.simulator.client;
