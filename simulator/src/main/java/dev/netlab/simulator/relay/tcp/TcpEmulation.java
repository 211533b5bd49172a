package dev.netlab.simulator.relay.tcp;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.simulator.capture.FlowEnds;
import dev.netlab.simulator.capture.SegmentTap;
import dev.netlab.simulator.tcp.Handshake;
import dev.netlab.simulator.tcp.HandshakeOutcome;
import dev.netlab.simulator.tcp.TcpConnection;
import dev.netlab.simulator.tcp.TcpLedgerSink;
import dev.netlab.core.tcp.TcpSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * What a {@link TcpRelay}'s impaired path needs (the engine, the TCP settings, the TCP ledger),
 * and how it makes each accepted client's link: the emulated handshake first, then both directions
 * through the emulation, or a client to reset when the handshake gave up. A tap (a capture) sees
 * each connection's addresses, handshake, segments and ACKs.
 */
record TcpEmulation(ImpairmentEngine engine, TcpSettings settings, TcpLedgerSink ledger, SegmentTap tap,
        InetSocketAddress target) {

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
     * @param epochNanos the {@code System.nanoTime()} of the relay clock's zero
     * @param shared the relay loop's read buffer of {@link TcpEmulatedHalf#READ_BYTES}
     */
    TcpRelayLink emulated(int flow, SocketChannel client, SocketChannel upstream, TcpRelayCounters counters,
            long nowNanos, long epochNanos, ByteBuffer shared) throws IOException {
        if (tap != SegmentTap.NONE) {
            opened(flow, client, upstream, epochNanos);
        }
        HandshakeOutcome outcome = Handshake.run(settings, engine, flow, nowNanos, ledger, tap);
        if (outcome instanceof HandshakeOutcome.Established established) {
            TcpConnection connection = TcpConnection.open(established, settings, engine, flow, ledger, tap);
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

    /**
     * Tells the tap the connection's addresses. The upstream socket is bound first so its port is
     * known before it connects; its address is the front's (the relay's own host).
     */
    private void opened(int flow, SocketChannel client, SocketChannel upstream, long epochNanos) throws IOException {
        InetSocketAddress front = (InetSocketAddress) client.getLocalAddress();
        InetAddress host = front.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress()
                : front.getAddress();
        upstream.bind(new InetSocketAddress(host, 0));
        int port = ((InetSocketAddress) upstream.getLocalAddress()).getPort();
        tap.opened(flow, new FlowEnds((InetSocketAddress) client.getRemoteAddress(), front,
                new InetSocketAddress(host, port), target), epochNanos);
    }
}
