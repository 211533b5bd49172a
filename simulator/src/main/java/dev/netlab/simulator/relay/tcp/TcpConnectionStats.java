package dev.netlab.simulator.relay.tcp;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.TcpCost;
import dev.netlab.simulator.tcp.TcpPathStats;
import java.util.List;
import java.util.Objects;

/**
 * What one connection through a {@link TcpRelay} did: a snapshot, final once the connection is
 * closed. Without impairment (the relay's fast path) nothing is emulated: the path statistics
 * then hold only the byte counts, with zero segments, retransmissions and timeouts, an srtt of -1
 * and an empty cwnd trace.
 *
 * @param flow the connection's flow number: accept order, from 0
 * @param state where the connection is in its life
 * @param handshakeNanos the emulated handshake's time (one RTT without loss; 1 s, 3 s, ... more per
 *        lost SYN); until it gave up when it failed; 0 on the fast path
 * @param uplink client-to-server path
 * @param downlink server-to-client path
 */
public record TcpConnectionStats(int flow, State state, long handshakeNanos, TcpPathStats uplink,
        TcpPathStats downlink) {

    /** The life of a relayed connection. */
    public enum State {
        /** Accepted; the connection to the target is not yet established. */
        CONNECTING,
        /** Both sides connected, bytes flow (each direction may already be half-closed). */
        OPEN,
        /** Both directions ended with a FIN and every byte was delivered. */
        CLOSED,
        /** One side reset the connection (or an I/O error did), and the relay reset the other. */
        RESET,
        /** The target refused or could not be reached; the client was reset. */
        CONNECT_FAILED,
        /** Every emulated SYN or SYN-ACK retry was lost; the client was reset when its last timer expired. */
        HANDSHAKE_FAILED,
        /** The relay was closed while the connection was open; both sides were reset. */
        ABORTED;

        /** Whether the connection is over and its statistics final. */
        public boolean isFinal() {
            return this != CONNECTING && this != OPEN;
        }
    }

    /** Checks the parts are given. */
    public TcpConnectionStats {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(downlink, "downlink");
    }

    /** The path of one direction. */
    public TcpPathStats path(Direction direction) {
        return direction == Direction.UPLINK ? uplink : downlink;
    }

    /** Path statistics of a direction that was only copied: bytes counted, nothing emulated. */
    static TcpPathStats copied(long bytesRead, long bytesWritten) {
        return new TcpPathStats(0, 0, 0, 0, 0, 0, 0, 0, bytesRead, bytesWritten, 0, 0, 0, -1, 0, 0, 0, List.of(),
                TcpCost.Causes.NONE, 0, 0);
    }
}
