package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.PatternLoss;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.tcp.CongestionControl;
import dev.netlab.core.tcp.TcpSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewRenoTest {

    private static final long MS = 1_000_000L;
    private static final int MSS = TcpSettings.DEFAULT_MSS_BYTES;

    private static TcpPath path(LinkConfig uplink, List<TcpLedgerEntry> ledger) {
        ImpairmentEngine engine = new ImpairmentEngine(3, uplink, LinkConfig.TRANSPARENT, e -> { });
        TcpSettings settings = TcpSettings.builder().windowBytes(4 << 20).ackDelayNanos(20 * MS).build();
        return new TcpPath(settings, engine, 1, Direction.UPLINK, 0, 0, ledger::add);
    }

    @Test
    void slowStartDoublesTheWindowEveryRoundTrip() {
        TcpPath path = path(LinkConfig.builder().delay(Duration.ofMillis(20)).build(), new ArrayList<>());
        path.offer(new byte[4 << 20], 0, 4 << 20, 0);

        long initial = path.stats().cwndBytes();
        path.advance(40 * MS);
        long afterOne = path.stats().cwndBytes();
        path.advance(80 * MS);
        long afterTwo = path.stats().cwndBytes();

        // Every ACK of a full segment adds one MSS (RFC 5681 slow start), and every segment of a round is ACKed.
        assertEquals(10L * MSS, initial);
        assertEquals(20L * MSS, afterOne);
        assertEquals(40L * MSS, afterTwo);
    }

    @Test
    void theWindowStopsGrowingWhileTheReceiversWindowLimitsTheSender() {
        // A 64 KiB receive window on a lossless 20 ms link: the sender keeps 64 KiB in flight and no more. Slow
        // start may grow cwnd while it is below twice the flight (RFC 7661, as Linux), so up to 128 KiB plus the
        // one ACK's MSS that crosses it; without the check it grew by every ACK, 2 MiB for 4 MiB of data.
        ImpairmentEngine engine = new ImpairmentEngine(3, LinkConfig.builder().delay(Duration.ofMillis(20)).build(),
                LinkConfig.TRANSPARENT, e -> { });
        TcpSettings settings = TcpSettings.builder().windowBytes(64 << 10).ackDelayNanos(20 * MS).build();
        TcpPath path = new TcpPath(settings, engine, 1, Direction.UPLINK, 0, 0, e -> { });
        path.offer(new byte[4 << 20], 0, 4 << 20, 0);
        path.advance(10_000 * MS);

        long cwnd = path.stats().cwndBytes();
        assertTrue(cwnd >= 64 << 10, "it grew to the receiver's window: " + cwnd);
        assertTrue(cwnd <= (128 << 10) + MSS, "and stopped where that window limited it: " + cwnd);
    }

    @Test
    void fastRetransmitHalvesTheWindow() {
        // Transmission 60 is lost in the third round of slow start, when the window is 40 segments.
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        TcpPath path = path(LinkConfig.builder().loss(new PatternLoss(".".repeat(60) + "X" + ".".repeat(10_000)))
                .delay(Duration.ofMillis(20)).build(), ledger);
        path.offer(new byte[4 << 20], 0, 4 << 20, 0);
        path.advance(400 * MS);

        long fastAt = ledger.stream().filter(e -> e.reason().equals("fast")).findFirst().orElseThrow().timeNanos();
        List<CwndPoint> trace = path.stats().cwndTrace();
        // Slow start only grows the window, so its largest value up to the third duplicate ACK is the one it had
        // then (ACKs of earlier segments arrive at the same virtual instant, so "the last point before" is ambiguous).
        long before = trace.stream().filter(p -> p.timeMs() <= fastAt / 1e6).mapToLong(CwndPoint::cwndBytes).max()
                .orElseThrow();
        long ssthresh = path.stats().ssthreshBytes();
        // The sender was window-limited, so the flight at the third duplicate ACK was the whole window:
        // ssthresh is half of it, and when recovery ends the window is set to exactly that (RFC 6582 step 6).
        assertEquals(before / 2, ssthresh);
        assertTrue(trace.stream().anyMatch(p -> p.timeMs() > fastAt / 1e6 && p.cwndBytes() == ssthresh),
                "cwnd returns to ssthresh after recovery: " + trace);
        assertEquals(1, path.stats().fastRetransmissions());
        assertEquals(0, path.stats().timeouts());
    }

    @Test
    void timeoutCutsTheWindowToOneSegment() {
        // Five segments, the last one lost: no duplicate ACKs follow, so the timer must fire.
        List<TcpLedgerEntry> ledger = new ArrayList<>();
        TcpPath path = path(LinkConfig.builder().loss(new PatternLoss("....X" + ".".repeat(100)))
                .delay(Duration.ofMillis(20)).build(), ledger);
        path.offer(new byte[5 * MSS], 0, 5 * MSS, 0);
        path.advance(2_000 * MS);

        long timeoutAt = ledger.stream().filter(e -> e.action() == TcpAction.TIMEOUT).findFirst().orElseThrow()
                .timeNanos();
        // RFC 5681: after a timeout the loss window is one segment, whatever it was.
        assertTrue(path.stats().cwndTrace().contains(new CwndPoint(1, Direction.UPLINK, timeoutAt / 1e6, MSS)),
                path.stats().cwndTrace().toString());
        assertEquals(2L * MSS, path.stats().ssthreshBytes(), "max(flight/2, 2 MSS) with one segment in flight");
    }

    @Test
    void withoutCongestionControlTheWindowStaysUnlimited() {
        ImpairmentEngine engine = new ImpairmentEngine(3, LinkConfig.builder()
                .loss(new PatternLoss("..X")).delay(Duration.ofMillis(5)).build(), LinkConfig.TRANSPARENT, e -> { });
        TcpPath path = new TcpPath(TcpSettings.builder().cc(CongestionControl.NONE).build(), engine, 1,
                Direction.UPLINK, 0, 0, TcpLedgerSink.NONE);
        byte[] data = PathDriver.randomBytes(300_000, 1);

        PathDriver.run(path, data, 0, TcpPathTest.random(1), 10_000, 100_000);

        // cc none: losses are repaired but never shrink the window, so the trace has a single point.
        assertEquals(CongestionWindow.UNLIMITED, path.stats().cwndBytes());
        assertEquals(1, path.stats().cwndTrace().size());
        assertTrue(path.stats().retransmissions() > 0);
    }
}
