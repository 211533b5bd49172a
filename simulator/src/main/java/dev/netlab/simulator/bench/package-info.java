/**
 * The measurements behind {@code netlab bench}: the relay against the direct loopback path, the
 * delay timer's lateness and the engine's speed, each returned as a record. Printing and the
 * JSON file belong to the command; nothing here is used by a run or a proxy.
 */
package dev.netlab.simulator.bench;
