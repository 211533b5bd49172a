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
 * over or on Ctrl-C, one orderly stop (close the relay, flush the ledger) and the summary.
 */
public final class ProxySession<S, R> {

    private final Io io;
    private final boolean quiet;
    private final Proxy<S, R> proxy;
    private final Function<S, String> status;
    private final Function<R, List<String>> summary;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private final long startNanos = System.nanoTime();

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
    }

    /** Runs until {@code duration} has passed (or forever when null) or Ctrl-C, then stops once. */
    public void run(Duration duration) throws InterruptedException {
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
    }

    private void tick() {
        try {
            while (!finished.get()) {
                Thread.sleep(1_000);
                if (!finished.get()) {
                    io.err().println(String.format(Locale.ROOT, "[%4ds] ", elapsedSeconds()) + status.apply(proxy.status()));
                    io.err().flush();
                }
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    private void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        proxy.close();
        io.out().println(String.format(Locale.ROOT, "summary after %.1f s:", (System.nanoTime() - startNanos) / 1e9));
        summary.apply(proxy.summary()).forEach(line -> io.out().println("  " + line));
        List<Long> hits = proxy.ruleHits();
        for (int i = 0; i < hits.size(); i++) {
            // What each targeted fault picked: the ledger's rows with reason "rule N" are these.
            io.out().println("  rule " + (i + 1) + " (" + proxy.rules().rules().get(i).text() + "): picked "
                    + hits.get(i));
        }
        io.out().flush();
        done.countDown();
    }

    private long elapsedSeconds() {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }
}
