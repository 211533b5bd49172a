package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.CwndPoint;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parts of the emulation, each against numbers worked out by hand from its RFC or rule. */
class PartsTest {

    private static final long MS = 1_000_000L;

    @Test
    void rtoFollowsRfc6298FromTheFirstSampleOn() {
        RtoEstimator rto = new RtoEstimator(1_000 * MS, 200 * MS, 60_000 * MS);
        assertEquals(1_000 * MS, rto.rtoNanos(), "before any sample: the initial RTO");

        rto.sample(400 * MS);
        // First sample R: SRTT = R, RTTVAR = R/2, RTO = R + 4·R/2 = 1200 ms.
        assertEquals(1_200 * MS, rto.rtoNanos());

        rto.sample(200 * MS);
        // RTTVAR = 3/4·200 + 1/4·|400 − 200| = 200; SRTT = 7/8·400 + 1/8·200 = 375; RTO = 375 + 800 ms.
        assertEquals(375 * MS, rto.srttNanos());
        assertEquals(1_175 * MS, rto.rtoNanos());
    }

    @Test
    void rtoIsClampedAndBacksOffToTheMaximum() {
        RtoEstimator rto = new RtoEstimator(1_000 * MS, 200 * MS, 60_000 * MS);
        rto.sample(10 * MS);
        // 10 + 4·5 = 30 ms, raised to the 200 ms floor as Linux.
        assertEquals(200 * MS, rto.rtoNanos());
        for (int i = 0; i < 20; i++) {
            rto.backOff();
        }
        // Doubling stops at 60 s.
        assertEquals(60_000 * MS, rto.rtoNanos());
    }

    @Test
    void reassemblyHoldsSegmentsBehindAHoleAndCountsTheirWait() {
        Reassembly r = new Reassembly();
        assertInstanceOf(Reassembly.Outcome.Held.class, r.arrive(10, new byte[10], 5));
        assertInstanceOf(Reassembly.Outcome.Held.class, r.arrive(20, new byte[10], 7));
        assertInstanceOf(Reassembly.Outcome.Duplicate.class, r.arrive(20, new byte[10], 8));
        Reassembly.Outcome filled = r.arrive(0, new byte[10], 12);
        assertInstanceOf(Reassembly.Outcome.Duplicate.class, r.arrive(0, new byte[10], 13));

        // The hole at 0 is filled at 12: the two held segments go out behind it after waiting 7 and 5.
        List<Reassembly.ReleasedSegment> out = ((Reassembly.Outcome.Released) filled).segments();
        assertEquals(List.of(0L, 10L, 20L), out.stream().map(Reassembly.ReleasedSegment::seq).toList());
        assertEquals(12, r.holWaitNanos());
        assertEquals(7, r.maxHolWaitNanos());
        assertEquals(7, r.stallNanos(100), "something was held from 5 to 12");
        assertEquals(30, r.nextSeq());
        assertEquals(2, r.duplicates());
    }

    @Test
    void cwndTraceStaysBoundedAndKeepsTheLatestValue() {
        CwndTrace trace = new CwndTrace(100, 1, Direction.UPLINK);
        for (int i = 0; i < 100_000; i++) {
            trace.record(i, i);
        }
        List<CwndPoint> points = trace.points();
        // A hundred thousand changes would be as many points; thinning keeps at most capacity + the latest one,
        // still spread over the whole run.
        assertTrue(points.size() <= 101, "points " + points.size());
        assertTrue(points.size() >= 50, "points " + points.size());
        assertEquals(new CwndPoint(1, Direction.UPLINK, 99_999 / 1e6, 99_999), points.get(points.size() - 1));
        assertEquals(0.0, points.get(0).timeMs());
    }

    @Test
    void cwndTraceIgnoresRepeatsOfTheSameValue() {
        CwndTrace trace = new CwndTrace(10, 1, Direction.UPLINK);
        trace.record(0, 5);
        trace.record(1, 5);
        trace.record(2, 6);
        assertEquals(List.of(new CwndPoint(1, Direction.UPLINK, 0.0, 5),
                new CwndPoint(1, Direction.UPLINK, 2 / 1e6, 6)), trace.points());
    }

    @Test
    void csvLedgerWritesAHeaderAndOneRowPerEvent() {
        StringWriter out = new StringWriter();
        try (CsvTcpLedgerWriter writer = new CsvTcpLedgerWriter(out)) {
            writer.record(new TcpLedgerEntry(5, 1, Direction.UPLINK, TcpAction.RETRANSMITTED, 1448, 1448, 7, 0,
                    "fast"));
        }
        assertEquals(CsvTcpLedgerWriter.HEADER + "\n5,1,uplink,retransmitted,1448,1448,7,0,fast\n", out.toString());
    }
}
