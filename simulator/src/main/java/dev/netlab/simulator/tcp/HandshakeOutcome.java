package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Direction;

/** How an emulated three-way handshake ended: established after some time, or given up. */
public sealed interface HandshakeOutcome {

    /** When the client started connecting. */
    long startNanos();

    /** SYNs sent, each an uplink transmission with indices 0, 1, ... */
    long synTransmissions();

    /** SYN-ACKs sent, each a downlink transmission with indices 0, 1, ... */
    long synAckTransmissions();

    /**
     * The client received a SYN-ACK: data may flow from {@code establishedNanos} on.
     *
     * @param startNanos when the client sent its first SYN
     * @param establishedNanos when the first good SYN-ACK reached the client
     * @param synTransmissions SYNs sent (uplink indices {@code 0 .. synTransmissions-1})
     * @param synAckTransmissions SYN-ACKs sent (downlink indices {@code 0 .. synAckTransmissions-1})
     */
    record Established(long startNanos, long establishedNanos, long synTransmissions, long synAckTransmissions)
            implements HandshakeOutcome {

        /** The handshake time: the extra wait before the first data, one RTT when nothing is lost. */
        public long handshakeNanos() {
            return establishedNanos - startNanos;
        }

        /** The engine index of the first data transmission in a direction: data follows the handshake's packets. */
        public long firstDataIndex(Direction direction) {
            return direction == Direction.UPLINK ? synTransmissions : synAckTransmissions;
        }
    }

    /**
     * Every SYN (or every SYN-ACK) retry was lost: the client's connect fails, as after Linux's
     * {@code tcp_syn_retries}; the relay should close the client's connection.
     *
     * @param startNanos when the client sent its first SYN
     * @param gaveUpNanos when the client's last SYN timer expired
     * @param synTransmissions SYNs sent
     * @param synAckTransmissions SYN-ACKs sent
     */
    record Failed(long startNanos, long gaveUpNanos, long synTransmissions, long synAckTransmissions)
            implements HandshakeOutcome {
    }
}
