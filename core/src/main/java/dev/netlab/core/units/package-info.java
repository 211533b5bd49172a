/**
 * The units scenario files and flags are written in: {@link dev.netlab.core.units.Percent},
 * {@link dev.netlab.core.units.DataRate}, {@link dev.netlab.core.units.ByteSize} and durations, each
 * parsed strictly (no bare numbers of unknown unit) and printed so that parsing gives it back.
 * Only value types and their text forms live here, nothing about links or scenarios.
 */
package dev.netlab.core.units;
