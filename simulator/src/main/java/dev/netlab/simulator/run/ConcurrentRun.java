package dev.netlab.simulator.run;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.QueueTotals;
import dev.netlab.core.engine.SharedLink;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The transports of a concurrent scenario at the same time: each {@link TransportRun} on a thread of its own,
 * both proxies' engines on one {@link SharedLink} (so UDP's datagrams and TCP's segments wait in one queue
 * per direction for one rate) and on one clock (their ledgers' times count from one moment, taken before
 * either proxy starts), both exchanges and phases started at one moment by a {@link StartLine}.
 *
 * <p>One run's failure stops the other: before the start by abandoning the line, after it through the
 * stop signal every run polls; each run then closes what it opened, and the first real failure (not the
 * other run's "the line was abandoned") is thrown once both threads are done.
 */
final class ConcurrentRun {

    /** Makes one transport's run, stopping when {@code stopped} says so. */
    interface Runs {
        TransportRun<?> make(Transport transport, BooleanSupplier stopped);
    }

    private ConcurrentRun() {
    }

    /**
     * Runs every transport at once on {@code link} and waits for all.
     *
     * @return the results in the order of {@code transports}
     * @throws IOException the first failure of a run (a server, proxy or socket that could not open)
     */
    static Map<Transport, TransportResult> run(List<Transport> transports, SharedLink link, Runs runs,
            BooleanSupplier stopped) throws IOException {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        BooleanSupplier stop = () -> stopped.getAsBoolean() || !failures.isEmpty();
        StartLine line = new StartLine(transports.size());
        Map<Transport, TransportResult> results = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        long clockZeroNanos = System.nanoTime(); // both ledgers on one clock: the shared queue's rows line up
        for (Transport transport : transports) {
            TransportRun<?> run = runs.make(transport, stop);
            run.sharedLink = Optional.of(link);
            run.clockZeroNanos = OptionalLong.of(clockZeroNanos);
            run.startLine = line;
            Thread thread = new Thread(() -> {
                try {
                    results.put(transport, run.run());
                } catch (IOException | RuntimeException | Error e) {
                    failures.add(e);
                }
            }, "netlab-run-" + transport.label());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        threads.forEach(ConcurrentRun::join);
        // A stop before the start leaves the later run to find the line abandoned: that is no failure.
        boolean onlyStopped = stopped.getAsBoolean() && failures.stream().allMatch(StartLine.Abandoned.class::isInstance);
        if (!failures.isEmpty() && !onlyStopped) {
            throw firstRealFailure(failures);
        }
        Map<Transport, TransportResult> ordered = new LinkedHashMap<>();
        transports.stream().filter(results::containsKey).forEach(t -> ordered.put(t, results.get(t)));
        return ordered;
    }

    /** What the link's shared queues took and dropped, per direction; empty when neither direction has one. */
    static Map<Direction, QueueTotals> totals(SharedLink link) {
        Map<Direction, QueueTotals> totals = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            totals.put(direction, link.totals(direction));
        }
        return totals.values().stream().allMatch(QueueTotals.NONE::equals) ? Map.of() : totals;
    }

    /** Waits for a run's thread; every run ends by itself (its waits are capped), so this wait ends too. */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the run's own stop signal ends it; keep waiting so nothing leaks
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failure that caused the others: a run released from the start line only reports its partner's. */
    private static IOException firstRealFailure(List<Throwable> failures) {
        Throwable first = failures.stream().filter(f -> !(f instanceof StartLine.Abandoned)).findFirst()
                .orElse(failures.get(0));
        if (first instanceof Error error) {
            throw error;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        return first instanceof IOException io ? io : new IOException(first);
    }
}
