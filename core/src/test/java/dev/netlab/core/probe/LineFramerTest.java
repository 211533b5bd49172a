package dev.netlab.core.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    @Test
    void reassemblesProbesSplitAcrossReadsAtEveryPossibleCut() {
        Probe first = new Probe(1, 1, 100, 64);
        Probe second = new Probe(1, 2, 200, 160);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(ProbeCodec.encodeLine(first));
        stream.writeBytes(ProbeCodec.encodeLine(second));
        byte[] bytes = stream.toByteArray();
        for (int cut = 0; cut <= bytes.length; cut++) {
            LineFramer framer = new LineFramer(ProbeCodec.MAX_SIZE_BYTES + 1);
            List<byte[]> lines = new ArrayList<>(framer.accept(bytes, 0, cut));
            lines.addAll(framer.accept(bytes, cut, bytes.length - cut));
            // However TCP splits the stream, the same two probes come out, in order, nothing left over.
            assertEquals(2, lines.size(), "cut at " + cut);
            assertEquals(new ProbeDecoding.Valid(first), ProbeCodec.decode(lines.get(0)));
            assertEquals(new ProbeDecoding.Valid(second), ProbeCodec.decode(lines.get(1)));
            assertEquals(0, framer.pendingBytes());
        }
    }

    @Test
    void handsBackAnOverlongLineInPiecesInsteadOfGrowingForever() {
        LineFramer framer = new LineFramer(4);
        List<byte[]> lines = framer.accept(new byte[10], 0, 10);
        // 10 bytes without a newline: two pieces of 4 returned, 2 still waiting, memory bounded.
        assertEquals(2, lines.size());
        assertEquals(2, framer.pendingBytes());
    }

    @Test
    void dropsTheCarriageReturnOfACrLfLine() {
        LineFramer framer = new LineFramer(100);
        List<byte[]> lines = framer.accept(new byte[] {'A', '\r', '\n'}, 0, 3);
        // A client written on Windows conventions still yields the bare message.
        assertArrayEquals(new byte[] {'A'}, lines.get(0));
        assertTrue(framer.accept(new byte[0], 0, 0).isEmpty());
    }
}
