package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.tcp.CongestionControl;
import dev.netlab.core.tcp.TcpSettings;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TcpPathTest {

    private static final long MS = 1_000_000L;

    @Test
    void transparentLinkDeliversOfferedBytesUnchangedAndAtOnce() {
        ImpairmentEngine engine = new ImpairmentEngine(1, LinkConfig.TRANSPARENT, LinkConfig.TRANSPARENT,
                LedgerSink.NONE);
        TcpPath path = new TcpPath(TcpSettings.defaults(), engine, 1, Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(10_000, 3);

        int taken = path.offer(data, 0, data.length, 0);
        byte[] out = concat(path.advance(0));

        // Zero delay and no loss: every byte is readable at the very time it was offered, identical.
        assertEquals(data.length, taken);
        assertArrayEquals(data, out);
        assertEquals(7, path.stats().segmentsSent(), "10000 B in 1448 B segments");
    }

    @Test
    void delayedLinkDeliversTheBytesOneDelayLater() {
        LinkConfig delayed = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, delayed, delayed, LedgerSink.NONE);
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(20 * MS).build(), engine, 1, Direction.UPLINK,
                0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(10_000, 4);

        path.offer(data, 0, data.length, 0);
        List<byte[]> early = path.advance(20 * MS - 1);
        long next = path.nextEventNanos();
        byte[] out = concat(path.advance(20 * MS));

        // Nothing is readable a nanosecond before the delay, all of it at the delay: the segments' one-way time.
        assertTrue(early.isEmpty());
        assertEquals(20 * MS, next);
        assertArrayEquals(data, out);
    }

    @Test
    void offerTakesOnlyWhatFitsTheSendBuffer() {
        ImpairmentEngine engine = new ImpairmentEngine(1, LinkConfig.builder().delay(Duration.ofMillis(5)).build(),
                LinkConfig.TRANSPARENT, LedgerSink.NONE);
        TcpSettings settings = TcpSettings.defaults();
        TcpPath path = new TcpPath(settings, engine, 1, Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
        byte[] data = new byte[1 << 20];

        int taken = path.offer(data, 0, data.length, 0);

        // With nothing acknowledged yet the sender holds at most its buffer; the relay must stop reading the source.
        assertEquals(settings.sendBufferBytes(), taken);
        assertEquals(0, path.sendWindowBytes());
        assertEquals(0, path.offer(data, 0, 10, 0));
    }

    @Test
    void bytesInFlightNeverExceedTheWindowWithoutCongestionControl() {
        LinkConfig delayed = LinkConfig.builder().delay(Duration.ofMillis(10)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, delayed, delayed, LedgerSink.NONE);
        TcpSettings settings = TcpSettings.builder().cc(CongestionControl.NONE).windowBytes(10 * 1448).build();
        TcpPath path = new TcpPath(settings, engine, 1, Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);

        path.offer(new byte[100_000], 0, 100_000, 0);

        // cc none: the first flight is exactly the window, 10 full segments, and nothing more until ACKs come.
        assertEquals(10, path.stats().segmentsSent());
    }

    @Test
    void worksOnAClockThatStartsBelowZero() {
        // System.nanoTime() may be negative; nothing may use a negative time as "unset".
        long start = -5_000 * MS;
        LinkConfig link = LinkConfig.builder().loss(new PatternLoss("X" + ".".repeat(100)))
                .delay(Duration.ofMillis(10)).build();
        ImpairmentEngine engine = new ImpairmentEngine(1, link, LinkConfig.TRANSPARENT, LedgerSink.NONE);
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(10 * MS).build(), engine, 1, Direction.UPLINK,
                start, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(10 * 1448, 10);

        PathDriver.Result result = PathDriver.run(path, data, start, random(1), 100_000, 1000);

        // As at time zero: the first segment is lost, repaired by fast retransmit 30 ms after the start.
        assertArrayEquals(data, result.delivered());
        assertEquals(start + 30 * MS, result.lastDeliveryNanos());
        assertEquals(20 * MS, path.stats().stallNanos());
    }

    static byte[] concat(List<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(c -> out.write(c, 0, c.length));
        return out.toByteArray();
    }

    static SplittableRandom random(long seed) {
        return new SplittableRandom(seed);
    }
}
