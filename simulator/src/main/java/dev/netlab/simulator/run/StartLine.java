package dev.netlab.simulator.run;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Where the transports of a concurrent run wait for each other once each has its server, proxy and
 * clients up, so that their exchanges and phases start at one moment on one clock: a UDP stream and a
 * TCP transfer that start apart would not meet on the link for their first seconds. A run alone passes at
 * once ({@link #alone()}).
 *
 * <p>Nothing waits for ever: a run that fails or ends before it reaches the line {@link #abandon}s it, which
 * releases the others with an exception (they close what they opened); a stop releases every waiter without
 * a start; and the wait is capped at {@link #MAX_WAIT}, after which the line is abandoned too.
 */
final class StartLine {

    /** The longest a run waits for the others: far above the seconds a server, proxy and clients take. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 20;

    private final int runs;
    private int arrived;
    private boolean abandoned;
    private long startNanos;

    /** The line was abandoned: another run failed or ended before the start, or did not come in time. */
    static final class Abandoned extends IOException {
        private static final long serialVersionUID = 1L;

        Abandoned(String message) {
            super(message);
        }
    }

    /** A line for {@code runs} runs. */
    StartLine(int runs) {
        this.runs = runs;
    }

    /** A line for one run, which starts as soon as it arrives. */
    static StartLine alone() {
        return new StartLine(1);
    }

    /**
     * Arrives and waits for every other run.
     *
     * @return the common start on the {@code System.nanoTime()} clock; empty when {@code stopped} said so first
     * @throws Abandoned when another run abandoned the line, or the others did not come within {@link #MAX_WAIT}
     */
    synchronized OptionalLong await(BooleanSupplier stopped) throws Abandoned {
        arrived++;
        if (stopped.getAsBoolean()) {
            return OptionalLong.empty();
        }
        if (abandoned) {
            throw new Abandoned("the other transport failed or stopped before its start");
        }
        if (arrived == runs) {
            startNanos = System.nanoTime();
            notifyAll();
            return OptionalLong.of(startNanos);
        }
        long until = System.nanoTime() + MAX_WAIT.toNanos();
        while (arrived < runs && !abandoned) {
            if (stopped.getAsBoolean()) {
                return OptionalLong.empty();
            }
            if (System.nanoTime() - until > 0) {
                abandoned = true;
                notifyAll();
                throw new Abandoned("the other transport did not get ready within " + MAX_WAIT.toSeconds() + " s");
            }
            try {
                wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return OptionalLong.empty();
            }
        }
        if (arrived < runs) {
            throw new Abandoned("the other transport failed or stopped before its start");
        }
        return OptionalLong.of(startNanos);
    }

    /** The run will not arrive (it failed, or it is done): releases those waiting. No effect once every run has started. */
    synchronized void abandon() {
        if (arrived < runs) {
            abandoned = true;
            notifyAll();
        }
    }
}
