package dev.netlab.lab.cli.console;

import dev.netlab.simulator.proxy.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The life of a running proxy: a line of live counters once a second, then, when the duration is
 * over, on Ctrl-C or when the relay stops serving on its own, one orderly stop (close the relay,
 * flush the ledger) and the summary.
 *
 * <p>The stop must work after any error, out of memory or file descriptors included: everything
 * it needs is used once at the start (so no class is loaded late), a reserve of heap is let go
 * before it runs, and each of its steps is guarded so the summary is printed even if one fails.
 */
public final class ProxySession<S, R> {

    /** Heap kept in reserve and let go when the proxy stops, so the stop has room even after an OutOfMemoryError. */
    private static final int RESERVE_BYTES = 4 << 20;

    private final Io io;
    private final boolean quiet;
    private final Proxy<S, R> proxy;
    private final Function<S, String> status;
    private final Function<R, List<String>> summary;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private final long startNanos = System.nanoTime();
    private volatile String failure;
    private byte[] reserve = new byte[RESERVE_BYTES];

    /**
     * @param proxy   closed once, which stops the relay and flushes the ledgers
     * @param status  one line of live counters
     * @param summary the lines printed after the stop
     */
    public ProxySession(Io io, boolean quiet, Proxy<S, R> proxy, Function<S, String> status, Function<R, List<String>> summary) {
        this.io = io;
        this.quiet = quiet;
        this.proxy = proxy;
        this.status = status;
        this.summary = summary;
        warmUp();
    }

    /**
     * Formats a status line and the summary once, unprinted, so the stop loads no class when memory or files are
     * short. A status function that tells something only once must not count this first call as told.
     */
    private void warmUp() {
        status.apply(proxy.status());
        summaryLines();
        stopLine("warm-up");
    }

    /**
     * Runs until {@code duration} has passed (or forever when null), Ctrl-C or the relay's failure,
     * then stops once.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILURE} when the relay stopped serving on its own
     */
    public int run(Duration duration) throws InterruptedException {
        proxy.failure().thenAccept(reason -> {
            failure = reason;
            done.countDown();
        });
        Thread hook = new Thread(this::finish, "netlab-proxy-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread ticker = new Thread(this::tick, "netlab-proxy-status");
        ticker.setDaemon(true);
        if (!quiet) {
            ticker.start();
        }
        try {
            if (duration == null) {
                done.await();
            } else {
                done.await(duration.toNanos(), TimeUnit.NANOSECONDS);
            }
        } finally {
            finish();
            ticker.interrupt();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running or has run; nothing to remove
            }
        }
        return failure == null ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void tick() {
        while (!finished.get()) {
            try {
                Thread.sleep(1_000);
                if (!finished.get()) {
                    io.err().println(String.format(Locale.ROOT, "[%4ds] ", elapsedSeconds()) + status.apply(proxy.status()));
                    io.err().flush();
                }
            } catch (InterruptedException e) {
                return; // stopping
            } catch (RuntimeException | Error e) {
                // one line not printed (out of memory, say); the next second tries again
            }
        }
    }

    private void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        reserve = null; // room for the stop, whatever filled the heap
        try {
            if (failure != null) {
                io.err().println(stopLine(failure));
                io.err().flush();
            }
            try {
                proxy.close();
            } catch (RuntimeException | Error e) {
                io.err().println("the proxy did not close cleanly: " + e);
            }
            io.out().println(String.format(Locale.ROOT, "summary after %.1f s:", (System.nanoTime() - startNanos) / 1e9));
            summaryLines().forEach(line -> io.out().println("  " + line));
            List<Long> hits = proxy.ruleHits();
            for (int i = 0; i < hits.size(); i++) {
                // What each targeted fault picked: the ledger's rows with reason "rule N" are these.
                io.out().println("  rule " + (i + 1) + " (" + proxy.rules().rules().get(i).text() + "): picked "
                        + hits.get(i));
            }
            proxy.capture().ifPresent(capture -> io.out().println("  " + capture.describe()));
            io.out().flush();
        } finally {
            done.countDown();
        }
    }

    private List<String> summaryLines() {
        return summary.apply(proxy.summary());
    }

    private static String stopLine(String reason) {
        return "the proxy stopped: " + reason + "; every client was reset";
    }

    private long elapsedSeconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }
}
