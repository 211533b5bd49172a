/**
 * Captures of what a relay saw, for Wireshark: {@link dev.netlab.simulator.capture.PcapCapture}
 * writes every datagram (and, for TCP, every emulated segment) with its fate as a packet comment
 * into a pcapng file with two interfaces, the client side and the server side. The relays call it
 * through {@link dev.netlab.simulator.capture.DatagramTap} and
 * {@link dev.netlab.simulator.capture.SegmentTap}, whose {@code NONE} costs nothing when no capture
 * was asked for.
 */
package dev.netlab.simulator.capture;
