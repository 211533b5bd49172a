package dev.netlab.core.engine;

/**
 * One link whose rate queues several engines share: the UDP relay's and the TCP relay's engines of a
 * run where both transports cross the link at once ({@code concurrent:} in a scenario file). Each
 * direction's shared rate queue ({@link LinkShare#SHARED}) is then one FIFO for the flows of every
 * engine made with it, so a UDP stream's packets wait behind TCP's segments and push them out of a
 * full queue, as on a real link. Per-flow queues ({@code share: per-flow}) and every other model stay
 * each engine's own.
 *
 * <p>The queues keep time on the {@code System.nanoTime()} clock; an engine whose clock starts
 * elsewhere gives its zero when it is made ({@link ImpairmentEngine#ImpairmentEngine(long, LinkConfig,
 * LinkConfig, LedgerSink, dev.netlab.core.rule.RuleSet, SharedLink, long)}). Thread-safe.
 */
public final class SharedLink {

    private final SharedQueues[] queues = {new SharedQueues(), new SharedQueues()};

    /** A link with no queue built yet; each rate setting's queue is made on first use. */
    public SharedLink() {
    }

    /** The queues of one direction, seen from a clock whose zero is {@code zeroNanos} on {@code System.nanoTime()}. */
    SharedQueues queues(Direction direction, long zeroNanos) {
        return queues[direction.ordinal()].shifted(zeroNanos);
    }

    /**
     * What one direction's shared queue took and tail-dropped so far, from every engine that uses it;
     * the queue-drop rows of every engine's ledger in that direction sum to its {@code dropped}.
     */
    public QueueTotals totals(Direction direction) {
        return queues[direction.ordinal()].totals();
    }
}
