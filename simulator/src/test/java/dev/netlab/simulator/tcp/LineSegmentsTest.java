package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.core.units.Percent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One segment per line: the cut depends on the bytes, not on how reads split them, so a segment's
 * keyed fate repeats whatever the relay's timing was.
 */
class LineSegmentsTest {

    private static final long MS = 1_000_000;
    private static final LinkConfig LOSSY = LinkConfig.builder().loss(Percent.of(10)).delay(Duration.ofMillis(10))
            .build();

    /** 300 lines of 65 B, as a game client writes them. */
    private static byte[] lines() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append(String.format("%064d", i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Every sent, retransmitted and lost row (action, seq, size) when the lines are offered in random reads. */
    private static List<String> transmissions(boolean byLine, long splitSeed) {
        ImpairmentEngine engine = new ImpairmentEngine(9, LOSSY, LOSSY, LedgerSink.NONE);
        List<String> rows = new ArrayList<>();
        TcpPath path = new TcpPath(TcpSettings.builder().ackDelayNanos(10 * MS).lineSegments(byLine).build(), engine,
                1, Direction.UPLINK, 0, 0, entry -> {
                    if (entry.action() != TcpAction.DELIVERED && entry.action() != TcpAction.HELD) {
                        rows.add(entry.action() + " " + entry.seq() + " " + entry.sizeBytes());
                    }
                });
        byte[] data = lines();
        PathDriver.Result result = PathDriver.run(path, data, 0, new SplittableRandom(splitSeed), 300, 1_000_000);
        assertArrayEquals(data, result.delivered());
        return rows;
    }

    @Test
    void lineSegmentsGiveTheSameTransmissionsHoweverReadsSplitTheBytes() {
        List<String> one = transmissions(true, 1);
        assertEquals(one, transmissions(true, 2));
        assertEquals(one, transmissions(true, 3));
        // Every first transmission is one whole 65-byte line.
        assertEquals(300, one.stream().filter(r -> r.startsWith("SENT") && r.endsWith(" 65")).count());
    }

    @Test
    void segmentsAsReadDependOnTheReads() {
        // The control: without line segments the same splits cut different segments, so the test above can fail.
        assertNotEquals(transmissions(false, 1), transmissions(false, 2));
    }

    @Test
    void aLineLongerThanAnMssGoesInMssPiecesAndAnUnfinishedLastLineGoesAtTheEnd() {
        ByteQueue queue = new ByteQueue();
        byte[] text = "0123456789\nabc".getBytes(StandardCharsets.US_ASCII);
        queue.append(text, 0, 5);
        assertEquals(4, queue.nextSegmentBytes(4, true, false), "an MSS of an unfinished line");
        assertEquals(0, queue.nextSegmentBytes(8, true, false), "an unfinished line shorter than an MSS waits");
        queue.append(text, 5, text.length - 5);
        assertEquals(11, queue.nextSegmentBytes(100, true, false), "through the newline, across chunks");
        queue.take(11);
        assertEquals(0, queue.nextSegmentBytes(100, true, false));
        assertEquals(3, queue.nextSegmentBytes(100, true, true), "the source finished: the rest goes");
        assertEquals(3, queue.nextSegmentBytes(100, false, false), "as read, no waiting");
    }
}
