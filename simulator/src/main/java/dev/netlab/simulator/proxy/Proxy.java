package dev.netlab.simulator.proxy;

import dev.netlab.core.result.TimingError;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.simulator.capture.CaptureSummary;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A running proxy ({@link UdpProxy}, {@link TcpProxy}): its address, what it did so far and, once
 * closed, what it did in all. Closing stops every thread and socket and flushes the ledgers.
 *
 * @param <S> the live status: counters so far
 * @param <R> the summary: every counter, final after {@link #close()}
 */
public interface Proxy<S, R> extends AutoCloseable {

    /** The address clients use, with the real port when started on port 0. */
    InetSocketAddress address();

    /** Whether nothing is done to packets: they are forwarded directly, the engine is not used. */
    boolean direct();

    /** The counters so far; cheap enough to call once a second. */
    S status();

    /** Every counter; final once the proxy is closed. */
    R summary();

    /** What the engine decided so far, per direction and action (nothing when {@link #direct()}). */
    LedgerCounters decisions();

    /** The proxy's rules, {@link RuleSet#NONE} when it has none. */
    RuleSet rules();

    /** How many datagrams (TCP: transmissions) each rule picked so far, rule 1 first; empty without rules. */
    java.util.List<Long> ruleHits();

    /** How late the relay's timer fired after each scheduled moment so far (docs/results.md, "Timing"). */
    TimingError timerLateness();

    /**
     * Completes with one line saying why when the relay stopped serving before {@link #close()}
     * (its listening socket or selector gone, its loop or timer failing again and again): whoever
     * runs the proxy should then close it and stop, never keep a process that serves no one.
     * Never completes while the relay serves or after an orderly close (nor ever, by default).
     */
    default CompletionStage<String> failure() {
        return new CompletableFuture<>();
    }

    /** What the pcapng capture wrote so far, when one was asked for ({@link ProxySpec#withCapture}). */
    Optional<CaptureSummary> capture();

    /** Starts the phases counting from {@code startNanos} (nanoTime clock), for a spec built {@link ProxySpec#forRun()}. */
    void startPhases(long startNanos);

    /** Stops the phases and the relay and closes the ledger file. */
    @Override
    void close();
}
