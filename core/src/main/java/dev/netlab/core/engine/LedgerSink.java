package dev.netlab.core.engine;

/**
 * Where the engine writes its decisions. Implementations must be thread-safe: relays process
 * different flows on different threads.
 */
@FunctionalInterface
public interface LedgerSink {

    /** Keeps nothing; the engine still counts (see {@link ImpairmentEngine#counters()}) and skips making entries. */
    LedgerSink NONE = entry -> { };

    /** Records one decision. */
    void record(LedgerEntry entry);
}
