package dev.netlab.core.result;

/**
 * What TCP's reliability cost in one run, summed over its connections and both directions.
 *
 * @param retransmissions segments sent again (fast retransmit and timeout)
 * @param timeouts        retransmission timer expiries
 * @param stallMs         time the receivers held data behind a hole (head-of-line blocking)
 * @param handshakeMs     the longest emulated handshake of the run's connections
 */
public record TcpCost(long retransmissions, long timeouts, double stallMs, double handshakeMs) {
}
