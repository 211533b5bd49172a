/**
 * The lecture notes' servers, UDP and TCP, echo or upper-case, as small AutoCloseable classes
 * started on a given address. Binding helpers live in {@code simulator.net}; no relay or
 * impairment code belongs here.
 */
package dev.netlab.simulator.server;
