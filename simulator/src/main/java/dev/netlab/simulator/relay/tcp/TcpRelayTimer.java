package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.net.TimerSlack;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes a {@link TcpRelay}'s selector at the emulation's next event. {@code Selector.select}
 * waits in whole milliseconds; this thread waits to the microsecond (timer slack lowered, see
 * {@link TimerSlack}) and then calls {@link Selector#wakeup()}. A wake-up that comes when
 * nothing is due costs one extra loop turn, never a wrong result: the emulation runs each
 * event at its own virtual time however late it is driven.
 */
final class TcpRelayTimer implements AutoCloseable {

    private final Selector selector;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private long deadlineNanos;
    private boolean armed;
    private boolean closed;

    TcpRelayTimer(String name, Selector selector) {
        this.selector = selector;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Wakes the selector at {@code deadlineNanos} (System.nanoTime clock) unless an earlier wake-up is set. */
    void wakeAt(long deadlineNanos) {
        lock.lock();
        try {
            if (!armed || deadlineNanos - this.deadlineNanos < 0) {
                this.deadlineNanos = deadlineNanos;
                armed = true;
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        TimerSlack.lowerForCurrentThread();
        lock.lock();
        try {
            while (!closed) {
                if (!armed) {
                    changed.await();
                    continue;
                }
                long waitNanos = deadlineNanos - System.nanoTime();
                if (waitNanos > 0) {
                    changed.awaitNanos(waitNanos);
                } else {
                    armed = false;
                    selector.wakeup();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
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
