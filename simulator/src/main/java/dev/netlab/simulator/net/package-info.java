/**
 * Networking helpers that servers and relays share: binding a socket (and naming the port when it
 * is taken), writing addresses as a user types them, a relay's front socket with its selector and
 * loop thread, timer threads with lowered timer slack, and counters kept per direction. Nothing
 * here knows impairments, the TCP emulation or a particular server.
 */
package dev.netlab.simulator.net;
