package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.tcp.TcpSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static final long MS = 1_000_000L;

    @Test
    void cleanHandshakeTakesOneRoundTrip() {
        LinkConfig delayed = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, delayed, delayed, e -> { });

        HandshakeOutcome outcome = Handshake.run(TcpSettings.defaults(), engine, 1, 5 * MS, TcpLedgerSink.NONE);

        // SYN 20 ms up, SYN-ACK 20 ms down; one of each, so data starts at index 1 both ways.
        HandshakeOutcome.Established established = assertInstanceOf(HandshakeOutcome.Established.class, outcome);
        assertEquals(40 * MS, established.handshakeNanos());
        assertEquals(1, established.firstDataIndex(Direction.UPLINK));
        assertEquals(1, established.firstDataIndex(Direction.DOWNLINK));
    }

    @Test
    void lostSynDelaysTheFirstDataByOneSecond() {
        // Uplink transmission 0 (the SYN) is lost; everything after it passes.
        LinkConfig uplink = LinkConfig.builder().loss(new PatternLoss("X" + ".".repeat(99))).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, uplink, LinkConfig.TRANSPARENT, e -> { });
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        TcpSettings settings = TcpSettings.defaults();

        HandshakeOutcome.Established established = assertInstanceOf(HandshakeOutcome.Established.class,
                Handshake.run(settings, engine, 1, 0, ledger::add));
        TcpPath path = new TcpPath(settings, engine, 1, Direction.UPLINK, established.establishedNanos(),
                established.firstDataIndex(Direction.UPLINK), ledger::add);
        byte[] data = PathDriver.randomBytes(3000, 2);
        path.offer(data, 0, data.length, 0);

        // The client's SYN timer (initial RTO 1 s) resends the SYN; with no delay the data then flows at once,
        // so the first byte arrives exactly 1 s after the connect: the cost of the lost SYN.
        assertEquals(1_000 * MS, established.handshakeNanos());
        assertEquals(2, established.synTransmissions());
        assertEquals(1_000 * MS, path.nextEventNanos());
        assertArrayEquals(data, TcpPathTest.concat(path.advance(1_000 * MS)));
    }

    @Test
    void synTimeoutsDoubleAsLinux() {
        LinkConfig uplink = LinkConfig.builder().loss(new PatternLoss("XXX" + ".".repeat(97))).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, uplink, LinkConfig.TRANSPARENT, e -> { });

        HandshakeOutcome outcome = Handshake.run(TcpSettings.defaults(), engine, 1, 0, TcpLedgerSink.NONE);

        // Three SYNs lost: resent after 1 s, 2 s and 4 s, so the fourth leaves at 7 s.
        assertEquals(7_000 * MS, ((HandshakeOutcome.Established) outcome).handshakeNanos());
    }

    @Test
    void handshakeGivesUpAfterTheLastRetry() {
        LinkConfig down = LinkConfig.builder().down(true).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, down, LinkConfig.TRANSPARENT, e -> { });

        HandshakeOutcome outcome = Handshake.run(TcpSettings.defaults(), engine, 1, 0, TcpLedgerSink.NONE);

        // tcp_syn_retries = 6 as Linux: SYNs at 0, 1, 3, 7, 15, 31, 63 s; the last timer is capped at the 60 s
        // maximum RTO, so the client gives up at 123 s (Linux caps at 120 s and gives up at 127 s).
        HandshakeOutcome.Failed failed = assertInstanceOf(HandshakeOutcome.Failed.class, outcome);
        assertEquals(7, failed.synTransmissions());
        assertEquals(123_000 * MS, failed.gaveUpNanos());
    }

    @Test
    void lostSynAckIsResentWhenTheServerTimerOrTheNextSynComes() {
        LinkConfig delayed = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        LinkConfig downlink = delayed.toBuilder().loss(new PatternLoss("X" + ".".repeat(99))).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, delayed, downlink, e -> { });

        HandshakeOutcome outcome = Handshake.run(TcpSettings.defaults(), engine, 1, 0, TcpLedgerSink.NONE);

        // SYN-ACK 0 lost at 20 ms; the server resends at 1020 ms (its timer, and the client's second SYN
        // arrives then too); the resent SYN-ACK reaches the client 20 ms later.
        HandshakeOutcome.Established established = (HandshakeOutcome.Established) outcome;
        assertEquals(1_040 * MS, established.handshakeNanos());
    }
}
