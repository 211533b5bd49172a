/**
 * What a scenario should give, from its settings alone: loss rates per direction and per round
 * trip with their memory (for intervals that are right for bursty losses) and the mean round trip
 * from a replay of the model on virtual time. Nothing here reads a clock, opens a socket or looks
 * at a run's measurements; comparing the two is the report's job.
 */
package dev.netlab.core.theory;
