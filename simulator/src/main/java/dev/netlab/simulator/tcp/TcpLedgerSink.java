package dev.netlab.simulator.tcp;

/**
 * Where a path writes what its TCP did. A path calls it from the thread that drives the path;
 * a sink shared by several paths must be thread-safe.
 */
@FunctionalInterface
public interface TcpLedgerSink {

    /** Keeps nothing. */
    TcpLedgerSink NONE = entry -> { };

    /** Records one event. */
    void record(TcpLedgerEntry entry);
}
