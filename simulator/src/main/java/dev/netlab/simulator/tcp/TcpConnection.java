package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.simulator.capture.SegmentTap;
import java.util.Objects;

/**
 * Both directions of one established connection, wired by the conventions a relay should not have
 * to repeat: each path starts when the handshake ended, its first data transmission takes the index
 * after the handshake's packets in its direction, and its ACKs take the reverse link's base delay
 * (read from the engine's current {@link dev.netlab.core.engine.LinkConfig} once, here).
 *
 * <pre>{@code
 * HandshakeOutcome outcome = Handshake.run(settings, engine, flow, System.nanoTime(), ledger);
 * if (outcome instanceof HandshakeOutcome.Established established) {
 *     TcpConnection connection = TcpConnection.open(established, settings, engine, flow, ledger);
 *     // client → server bytes: connection.uplink(); server → client bytes: connection.downlink()
 * }
 * }</pre>
 *
 * <p>Each path is driven from one thread at a time; the two paths are independent and may be driven
 * by different threads (they share only the engine and the ledger, both thread-safe).
 */
public final class TcpConnection {

    private final TcpPath uplink;
    private final TcpPath downlink;

    private TcpConnection(TcpPath uplink, TcpPath downlink) {
        this.uplink = uplink;
        this.downlink = downlink;
    }

    /**
     * The two paths of a connection whose handshake succeeded.
     *
     * @param established the handshake's outcome: start time and the indices it used
     * @param settings MSS, window, RTO, cc; the ACK delay is replaced per direction by the reverse link's delay
     * @param engine the engine the handshake ran through
     * @param flow the connection's flow
     * @param ledger where both paths write their events
     */
    public static TcpConnection open(HandshakeOutcome.Established established, TcpSettings settings,
            ImpairmentEngine engine, int flow, TcpLedgerSink ledger) {
        return open(established, settings, engine, flow, ledger, SegmentTap.NONE);
    }

    /** The same, showing every segment and ACK of both paths to a tap (a capture). */
    public static TcpConnection open(HandshakeOutcome.Established established, TcpSettings settings,
            ImpairmentEngine engine, int flow, TcpLedgerSink ledger, SegmentTap tap) {
        Objects.requireNonNull(established, "established");
        return new TcpConnection(path(established, settings, engine, flow, Direction.UPLINK, ledger, tap),
                path(established, settings, engine, flow, Direction.DOWNLINK, ledger, tap));
    }

    private static TcpPath path(HandshakeOutcome.Established established, TcpSettings settings,
            ImpairmentEngine engine, int flow, Direction direction, TcpLedgerSink ledger, SegmentTap tap) {
        Direction reverse = direction == Direction.UPLINK ? Direction.DOWNLINK : Direction.UPLINK;
        return new TcpPath(settings.toBuilder().ackDelayOf(engine.link(reverse)).build(), engine, flow, direction,
                established.establishedNanos(), established.firstDataIndex(direction), ledger, tap);
    }

    /** Client-to-server bytes. */
    public TcpPath uplink() {
        return uplink;
    }

    /** Server-to-client bytes. */
    public TcpPath downlink() {
        return downlink;
    }
}
