/**
 * The probe message the lab's clients send: {@link dev.netlab.core.probe.ProbeCodec} encodes a
 * {@link dev.netlab.core.probe.Probe} into upper-case-safe ASCII with a CRC-32 and decodes any
 * bytes into a {@link dev.netlab.core.probe.ProbeDecoding} without throwing;
 * {@link dev.netlab.core.probe.LineFramer} cuts a TCP stream into lines.
 */
package dev.netlab.core.probe;
