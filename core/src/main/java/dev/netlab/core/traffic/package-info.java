/**
 * What the clients send: the application {@link dev.netlab.core.traffic.Profile}s of the lecture
 * notes and the resolved {@link dev.netlab.core.traffic.Traffic} of a scenario. Data only; the
 * clients that send it live in {@code simulator}.
 */
package dev.netlab.core.traffic;
