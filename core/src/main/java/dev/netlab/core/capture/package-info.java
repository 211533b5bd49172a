/**
 * Wireshark-ready captures: {@link dev.netlab.core.capture.PcapngWriter} writes pcapng files
 * (Section Header, Interface Description and Enhanced Packet blocks with comments) and
 * {@link dev.netlab.core.capture.IpFrames} builds the synthetic but consistent IPv4/IPv6 headers
 * with UDP or TCP headers the relay's packets are wrapped in. Pure byte layout: no sockets, no
 * clock; the relays decide what goes in and when.
 */
package dev.netlab.core.capture;
