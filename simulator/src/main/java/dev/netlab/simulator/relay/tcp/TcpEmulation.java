package dev.netlab.simulator.relay.tcp;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.simulator.tcp.Handshake;
import dev.netlab.simulator.tcp.HandshakeOutcome;
import dev.netlab.simulator.tcp.TcpConnection;
import dev.netlab.simulator.tcp.TcpLedgerSink;
import dev.netlab.core.tcp.TcpSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * What a {@link TcpRelay}'s impaired path needs (the engine, the TCP settings, the TCP ledger),
 * and how it makes each accepted client's link: the emulated handshake first, then both directions
 * through the emulation, or a client to reset when the handshake gave up.
 */
record TcpEmulation(ImpairmentEngine engine, TcpSettings settings, TcpLedgerSink ledger) {

    /**
     * A link that copies bytes both ways and emulates nothing (the fast path).
     *
     * @param upstream the unconnected socket to the target
     * @param shared the relay loop's direct buffer of {@link TcpCopyHalf#BUFFER_BYTES}
     */
    static TcpRelayLink copying(int flow, SocketChannel client, SocketChannel upstream, TcpRelayCounters counters,
            ByteBuffer shared) {
        return TcpRelayLink.connecting(flow, client, upstream, counters, 0, (from, to, uplink) ->
                new TcpCopyHalf(from, to, uplink ? counters.uplink() : counters.downlink(), shared));
    }

    /**
     * A link through the emulation, its handshake run at {@code nowNanos} on the relay's clock.
     *
     * @param upstream the unconnected socket to the target; closed at once if the handshake fails
     * @param shared the relay loop's read buffer of {@link TcpEmulatedHalf#READ_BYTES}
     */
    TcpRelayLink emulated(int flow, SocketChannel client, SocketChannel upstream, TcpRelayCounters counters,
            long nowNanos, ByteBuffer shared) throws IOException {
        HandshakeOutcome outcome = Handshake.run(settings, engine, flow, nowNanos, ledger);
        if (outcome instanceof HandshakeOutcome.Established established) {
            TcpConnection connection = TcpConnection.open(established, settings, engine, flow, ledger);
            return TcpRelayLink.connecting(flow, client, upstream, counters, established.handshakeNanos(),
                    (from, to, uplink) -> new TcpEmulatedHalf(from, to,
                            uplink ? counters.uplink() : counters.downlink(),
                            uplink ? connection.uplink() : connection.downlink(), shared));
        }
        HandshakeOutcome.Failed failed = (HandshakeOutcome.Failed) outcome;
        upstream.close(); // the client is reset when the handshake gives up; no server connection is made
        return TcpRelayLink.handshakeFailed(flow, client, counters, failed.gaveUpNanos() - failed.startNanos(),
                failed.gaveUpNanos());
    }
}
