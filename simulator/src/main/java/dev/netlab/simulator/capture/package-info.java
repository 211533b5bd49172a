/**
 * Captures of what a relay saw, for Wireshark: a {@link dev.netlab.simulator.capture.CaptureFile}
 * (pcapng with two interfaces, the client side and the server side) written by
 * {@link dev.netlab.simulator.capture.UdpCapture} for every datagram and by
 * {@link dev.netlab.simulator.capture.TcpCapture} for every emulated segment, each with the relay's
 * decision as its comment. The relays call them through
 * {@link dev.netlab.simulator.capture.DatagramTap} and {@link dev.netlab.simulator.capture.SegmentTap},
 * whose {@code NONE} costs nothing when no capture was asked for.
 */
package dev.netlab.simulator.capture;
