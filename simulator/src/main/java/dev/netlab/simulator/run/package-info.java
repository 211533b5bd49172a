/**
 * Runs a scenario: for each transport the real server, a proxy with the scenario's link, the
 * clients and their traffic, then the result. The transports share one skeleton
 * ({@code TransportRun}); proxies are assembled in {@code simulator.proxy}, not here.
 */
package dev.netlab.simulator.run;
