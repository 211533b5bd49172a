package dev.netlab.lab.cli.console;

import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.run.RunListener;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A one-line progress bar per transport on standard error, redrawn in place; only when standard
 * error is a terminal and the user did not ask for quiet. The transports of a concurrent run report in
 * turns on the one line, each against its own total.
 */
public final class ProgressBar implements RunListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Map<Transport, Long> totals = new EnumMap<>(Transport.class);
    private long lastDrawNanos;

    public ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(Transport transport, long totalMessages) {
        totals.put(transport, Math.max(1, totalMessages));
        draw(transport, 0, 0);
    }

    @Override
    public synchronized void progress(Transport transport, long sent, long replied) {
        long now = System.nanoTime();
        if (now - lastDrawNanos > 100_000_000L) {
            lastDrawNanos = now;
            draw(transport, sent, replied);
        }
    }

    @Override
    public synchronized void finished(Transport transport) {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
    }

    private void draw(Transport transport, long sent, long replied) {
        long total = totals.getOrDefault(transport, 1L);
        int filled = (int) Math.min(WIDTH, WIDTH * sent / total);
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] sent %d/%d, replies %d ", transport.label(),
                "#".repeat(filled), ".".repeat(WIDTH - filled), sent, total, replied));
        err.flush();
    }
}
