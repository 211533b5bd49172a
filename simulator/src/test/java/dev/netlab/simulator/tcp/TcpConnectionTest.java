package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.tcp.TcpSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TcpConnectionTest {

    private static final long MS = 1_000_000L;

    @Test
    void requestAndReplyCrossAnAsymmetricLinkWithTheRightDelaysAndIndices() {
        // 10 ms up, 30 ms down; the first data transmission of each direction (index 1, after SYN or SYN-ACK) is lost.
        LinkConfig uplink = LinkConfig.builder().delay(Duration.ofMillis(10)).loss(new PatternLoss(".X" + ".".repeat(98)))
                .build();
        LinkConfig downlink = LinkConfig.builder().delay(Duration.ofMillis(30)).loss(new PatternLoss(".X" + ".".repeat(98)))
                .build();
        ImpairmentEngine engine = new ImpairmentEngine(1, uplink, downlink, e -> { });
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        TcpSettings settings = TcpSettings.defaults();

        HandshakeOutcome.Established established = assertInstanceOf(HandshakeOutcome.Established.class,
                Handshake.run(settings, engine, 4, 0, ledger::add));
        TcpConnection connection = TcpConnection.open(established, settings, engine, 4, ledger::add);
        byte[] request = PathDriver.randomBytes(100, 1);
        byte[] reply = PathDriver.randomBytes(100, 2);
        long start = established.establishedNanos();
        PathDriver.Result up = PathDriver.run(connection.uplink(), request, start, TcpPathTest.random(1), 1000, 100);
        PathDriver.Result down = PathDriver.run(connection.downlink(), reply, up.lastDeliveryNanos(),
                TcpPathTest.random(2), 1000, 100);

        // Handshake: one RTT of 40 ms. Each lone request or reply is lost once and, with no later segment to
        // cause duplicate ACKs, resent when the initial 1 s RTO expires; it then takes its direction's delay.
        assertEquals(40 * MS, established.handshakeNanos());
        assertArrayEquals(request, up.delivered());
        assertArrayEquals(reply, down.delivered());
        assertEquals(start + 1_000 * MS + 10 * MS, up.lastDeliveryNanos());
        assertEquals(up.lastDeliveryNanos() + 1_000 * MS + 30 * MS, down.lastDeliveryNanos());
        // Karn's rule: the only segment was retransmitted, so its ACK is ambiguous and gives no RTT sample.
        assertEquals(-1, connection.uplink().stats().srttNanos());
        assertEquals(1, connection.uplink().stats().timeouts());
        assertEquals(1, connection.downlink().stats().timeouts());
    }

    @Test
    void eachPathTakesTheReverseLinksDelayForItsAcks() {
        LinkConfig uplink = LinkConfig.builder().delay(Duration.ofMillis(10)).build();
        LinkConfig downlink = LinkConfig.builder().delay(Duration.ofMillis(30)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, uplink, downlink, e -> { });
        HandshakeOutcome.Established established = (HandshakeOutcome.Established) Handshake.run(
                TcpSettings.defaults(), engine, 1, 0, TcpLedgerSink.NONE);
        TcpConnection connection = TcpConnection.open(established, TcpSettings.defaults(), engine, 1,
                TcpLedgerSink.NONE);

        PathDriver.run(connection.uplink(), new byte[5000], established.establishedNanos(), TcpPathTest.random(1),
                5000, 100);
        PathDriver.run(connection.downlink(), new byte[5000], established.establishedNanos(), TcpPathTest.random(1),
                5000, 100);
        connection.uplink().advance(Long.MAX_VALUE / 2);
        connection.downlink().advance(Long.MAX_VALUE / 2);

        // 10 ms there and 30 ms back, or 30 ms there and 10 ms back: the same 40 ms RTT measured by both senders.
        assertEquals(40 * MS, connection.uplink().stats().srttNanos());
        assertEquals(40 * MS, connection.downlink().stats().srttNanos());
    }
}
