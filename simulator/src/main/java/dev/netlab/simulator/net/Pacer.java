package dev.netlab.simulator.net;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits until a moment on the {@link System#nanoTime()} clock: sleeps most of the way, spins the rest. */
public final class Pacer {

    private static final long SPIN_NANOS = 50_000;

    private Pacer() {
    }

    /**
     * @param stopped checked while waiting; true ends the wait early
     * @return false if stopped before the moment came
     */
    public static boolean waitUntil(long deadlineNanos, BooleanSupplier stopped) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            if (left > SPIN_NANOS) {
                LockSupport.parkNanos(Math.min(left - SPIN_NANOS, 100_000_000L));
            } else {
                Thread.onSpinWait();
            }
        }
        return !stopped.getAsBoolean();
    }
}
