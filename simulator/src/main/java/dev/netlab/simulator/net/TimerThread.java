package dev.netlab.simulator.net;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A daemon thread that waits for the next deadline a subclass names and then fires it, with its
 * timer slack lowered ({@link TimerSlack}) so a wait ends within microseconds of its deadline.
 * The subclass keeps its state under {@link #lock} and calls {@link #changed()} when an earlier
 * deadline may have come up. The last {@code spinNanos} before a deadline are spun rather than
 * slept, since a sleep can overshoot by that much.
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

    private void loop() {
        slackLowered = TimerSlack.lowerForCurrentThread();
        lock.lock();
        try {
            while (!closed) {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
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
