package dev.netlab.simulator.relay.tcp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Every connection of a {@link TcpRelay} in accept order: the open ones and the most recent
 * closed ones, up to a retention limit, so a long-running relay holds a bounded number. Written
 * by the relay's loop, read from any thread.
 */
final class TcpConnectionHistory {

    private final int maxRetainedClosed;
    private final ArrayDeque<TcpRelayLink> links = new ArrayDeque<>();

    TcpConnectionHistory(int maxRetainedClosed) {
        this.maxRetainedClosed = maxRetainedClosed;
    }

    /** Adds a new connection and forgets closed ones beyond the limit. */
    synchronized void add(TcpRelayLink link, int open) {
        links.addLast(link);
        retire(open);
    }

    /** Forgets the oldest closed connections beyond the limit, {@code open} connections being open. */
    synchronized void retire(int open) {
        int closed = links.size() - open;
        for (Iterator<TcpRelayLink> it = links.iterator(); closed > maxRetainedClosed && it.hasNext(); ) {
            if (it.next().isOver()) {
                it.remove();
                closed--;
            }
        }
    }

    /** The connections listed now, in accept order. */
    synchronized List<TcpRelayLink> links() {
        return new ArrayList<>(links);
    }
}
