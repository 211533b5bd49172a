package dev.netlab.simulator.relay.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every connection of a {@link TcpRelay}: the open ones, the final statistics of the most recent
 * closed ones up to a retention limit, and the totals of every closed one, added up as it closes.
 * A long-running relay so holds a bounded number of connections while its totals stay right
 * whatever their number. Written by the relay's loop, read from any thread.
 */
final class TcpConnectionHistory {

    private final int maxRetainedClosed;
    private final LinkedHashSet<TcpRelayLink> open = new LinkedHashSet<>();
    private final ArrayDeque<TcpConnectionStats> retained = new ArrayDeque<>();
    private TcpPathTotals closedUplink = TcpPathTotals.ZERO;
    private TcpPathTotals closedDownlink = TcpPathTotals.ZERO;
    private long closedCount;
    private long closedHandshakeNanos;

    TcpConnectionHistory(int maxRetainedClosed) {
        this.maxRetainedClosed = maxRetainedClosed;
    }

    /** A new connection, open until {@link #over}. */
    synchronized void opened(TcpRelayLink link) {
        open.add(link);
    }

    /** A connection is over: its final statistics join the totals, and the oldest beyond the limit are forgotten. */
    synchronized void over(TcpRelayLink link) {
        if (!open.remove(link)) {
            return;
        }
        TcpConnectionStats stats = link.stats();
        closedUplink = closedUplink.plus(stats.uplink());
        closedDownlink = closedDownlink.plus(stats.downlink());
        closedCount++;
        closedHandshakeNanos += stats.handshakeNanos();
        retained.addLast(stats);
        while (retained.size() > maxRetainedClosed) {
            retained.removeFirst();
        }
    }

    /** Connections not yet over. */
    synchronized int openCount() {
        return open.size();
    }

    /** The connections listed now (open ones and the retained closed ones), in accept order. */
    synchronized List<TcpConnectionStats> connections() {
        List<TcpConnectionStats> all = new ArrayList<>(retained.size() + open.size());
        all.addAll(retained);
        for (TcpRelayLink link : open) {
            all.add(link.stats());
        }
        all.sort(Comparator.comparingInt(TcpConnectionStats::flow));
        return all;
    }

    /** The totals over every connection so far: the closed ones' sums and each open one as it is now. */
    synchronized TcpRelayTotals totals() {
        TcpPathTotals uplink = closedUplink;
        TcpPathTotals downlink = closedDownlink;
        long handshakeNanos = closedHandshakeNanos;
        for (TcpRelayLink link : open) {
            TcpConnectionStats stats = link.stats();
            uplink = uplink.plus(stats.uplink());
            downlink = downlink.plus(stats.downlink());
            handshakeNanos += stats.handshakeNanos();
        }
        return new TcpRelayTotals(uplink, downlink, closedCount + open.size(), handshakeNanos, open.size());
    }
}
