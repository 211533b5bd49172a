package dev.netlab.simulator.net;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A daemon thread that waits for the next deadline a subclass names and then fires it, with its
 * timer slack lowered ({@link TimerSlack}) so a wait ends within microseconds of its deadline.
 * The subclass keeps its state under {@link #lock} and calls {@link #changed()} when an earlier
 * deadline may have come up. The last {@code spinNanos} before a deadline are spun rather than
 * slept, since a sleep can overshoot by that much.
 *
 * <p>An error while firing (out of memory, a bug in an action) is counted and the thread goes on
 * with the next deadline; only {@value SelectorLoop#MAX_ERRORS_IN_A_ROW} errors in a row end it, and
 * then {@link #failure()} says why, so the relay that owns it can stop instead of waiting forever.
 */
public abstract class TimerThread implements AutoCloseable {

    /** Returned by {@link #nextDeadlineNanos()} when nothing is due. */
    protected static final long NONE = Long.MAX_VALUE;

    /** Guards the subclass's state and the thread's wait. */
    protected final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private final long spinNanos;
    private boolean closed;
    private volatile boolean slackLowered;
    private final LatenessHistogram lateness = new LatenessHistogram();
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private volatile long errors;

    /**
     * @param name      the thread's name
     * @param spinNanos how long before a deadline the thread spins instead of sleeping; 0 never spins
     */
    protected TimerThread(String name, long spinNanos) {
        this.spinNanos = spinNanos;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    /** Starts the thread; call once the subclass is constructed. */
    protected final void start() {
        thread.start();
    }

    /** The next deadline on the {@link System#nanoTime()} clock, or {@link #NONE}; called under the lock. */
    protected abstract long nextDeadlineNanos();

    /** Fires what is due; called under the lock, which it may release while it runs an action. */
    protected abstract void fire();

    /** Drops whatever waits when the thread is closed; called under the lock. */
    protected void clear() {
    }

    /** Wakes the thread to look at its deadline again; call under the lock. */
    protected final void changed() {
        changed.signal();
    }

    /** Whether the thread runs with 1 ns timer slack (Linux only). */
    public final boolean slackLowered() {
        return slackLowered;
    }

    /** How late each deadline fired after its time, over the thread's life: the host's timer noise. */
    public final LatenessHistogram lateness() {
        return lateness;
    }

    /** Errors caught while firing, over the thread's life; each was survived unless {@link #failure()} completed. */
    public final long errors() {
        return errors;
    }

    /** Completes with one line saying why when the thread gave up before it was closed; never otherwise. */
    public final CompletionStage<String> failure() {
        return failure.minimalCompletionStage();
    }

    private void loop() {
        slackLowered = TimerSlack.lowerForCurrentThread();
        int errorsInARow = 0;
        lock.lock();
        try {
            while (!closed) {
                try {
                    turn();
                    errorsInARow = 0;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable t) { // one failed action must not stop every later one
                    errors++;
                    if (!lock.isHeldByCurrentThread()) {
                        lock.lock(); // the action failed while the lock was let go
                    }
                    if (++errorsInARow >= SelectorLoop.MAX_ERRORS_IN_A_ROW) {
                        giveUp(t);
                        return;
                    }
                    backOff(errorsInARow);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
        }
    }

    /**
     * Lets go of the lock for a few milliseconds after an error: out of memory, waiting on the lock's
     * condition fails too (it allocates), and holding the lock meanwhile would keep out the thread
     * that can free memory (the relay discards what it holds delayed).
     */
    private void backOff(int errorsInARow) throws InterruptedException {
        lock.unlock();
        try {
            Thread.sleep(Math.min(errorsInARow, 10));
        } finally {
            lock.lock();
        }
    }

    private void giveUp(Throwable error) {
        try {
            failure.complete(thread.getName() + " stopped: " + SelectorLoop.describe(error));
        } catch (Throwable noMemory) {
            failure.complete("a relay's timer stopped: out of memory");
        }
    }

    /** Waits for the next deadline, or fires it when it has come; called under the lock. */
    private void turn() throws InterruptedException {
        long deadline = nextDeadlineNanos();
        long waitNanos = deadline - System.nanoTime();
        if (deadline == NONE) {
            changed.await();
        } else if (waitNanos > spinNanos) {
            changed.awaitNanos(waitNanos - spinNanos);
        } else if (waitNanos > 0) {
            spinUntil(deadline);
        } else {
            lateness.record(-waitNanos);
            fire();
        }
    }

    private void spinUntil(long deadline) {
        lock.unlock();
        try {
            while (deadline - System.nanoTime() > 0) {
                Thread.onSpinWait();
            }
        } finally {
            lock.lock();
        }
    }

    /** Stops the thread (waiting up to 5 s); whatever still waits is dropped. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
