package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.net.TimerSlack;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One timer thread that runs each scheduled release at its time, never before it. Packets that
 * the impairment engine delays wait here; everything else bypasses it.
 *
 * <p>The thread sleeps until shortly before the earliest release and spins the last few
 * microseconds, with its timer slack lowered on Linux ({@link TimerSlack}), so a 1 ms delay is
 * late by microseconds rather than tens of microseconds. Releases at the same time run in the
 * order they were scheduled.
 *
 * <p>Queued bytes are capped: a release that would pass the cap is refused and counted, so a
 * flood cannot grow the queue without bound.
 */
public final class ReleaseScheduler implements AutoCloseable {

    /** Below this the thread spins rather than sleeps: a sleep can overshoot by this much. */
    private static final long SPIN_NANOS = 40_000;

    private final long maxQueuedBytes;
    private final PriorityQueue<Release> queue = new PriorityQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread thread;
    private final AtomicLong overflowDrops = new AtomicLong();
    private final AtomicLong released = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private long queuedBytes;
    private long sequence;
    private boolean closed;
    private volatile boolean slackLowered;

    /**
     * @param name           the timer thread's name
     * @param maxQueuedBytes the most bytes waiting at once; more is refused and counted
     */
    public ReleaseScheduler(String name, long maxQueuedBytes) {
        if (maxQueuedBytes <= 0) {
            throw new IllegalArgumentException("queued bytes cap must be above 0 bytes: " + maxQueuedBytes);
        }
        this.maxQueuedBytes = maxQueuedBytes;
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Runs {@code action} on the timer thread at {@code releaseNanos} (on the {@link System#nanoTime()}
     * clock) or as soon after as it can.
     *
     * @return false if the cap on queued bytes refused it (it is counted in {@link #overflowDrops()})
     */
    public boolean schedule(long releaseNanos, int sizeBytes, Runnable action) {
        lock.lock();
        try {
            if (closed || queuedBytes + sizeBytes > maxQueuedBytes) {
                overflowDrops.incrementAndGet();
                return false;
            }
            queuedBytes += sizeBytes;
            Release release = new Release(releaseNanos, sequence++, sizeBytes, action);
            queue.add(release);
            if (queue.peek() == release) {
                changed.signal(); // a new earliest release: the thread may be sleeping too long
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        slackLowered = TimerSlack.lowerForCurrentThread();
        lock.lock();
        try {
            while (!closed) {
                Release head = queue.peek();
                if (head == null) {
                    changed.awaitUninterruptibly();
                    continue;
                }
                long waitNanos = head.releaseNanos - System.nanoTime();
                if (waitNanos > SPIN_NANOS) {
                    changed.awaitNanos(waitNanos - SPIN_NANOS);
                } else if (waitNanos > 0) {
                    lock.unlock();
                    try {
                        while (head.releaseNanos - System.nanoTime() > 0) {
                            Thread.onSpinWait();
                        }
                    } finally {
                        lock.lock();
                    }
                } else {
                    queue.poll();
                    queuedBytes -= head.sizeBytes;
                    lock.unlock();
                    try {
                        head.action.run();
                        released.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet(); // one failed send must not stop every later release
                    } finally {
                        lock.lock();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Bytes waiting now. */
    public long queuedBytes() {
        lock.lock();
        try {
            return queuedBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Releases waiting now. */
    public int queuedReleases() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Releases refused because the cap on queued bytes was reached. */
    public long overflowDrops() {
        return overflowDrops.get();
    }

    /** Releases run so far. */
    public long released() {
        return released.get();
    }

    /** Releases whose action threw. */
    public long failures() {
        return failures.get();
    }

    /** Whether the timer thread runs with 1 ns timer slack (Linux only). */
    public boolean slackLowered() {
        return slackLowered;
    }

    /** Stops the timer thread; releases still waiting are discarded. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            queuedBytes = 0;
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

    private record Release(long releaseNanos, long sequence, int sizeBytes, Runnable action)
            implements Comparable<Release> {
        @Override
        public int compareTo(Release other) {
            int byTime = Long.compare(releaseNanos, other.releaseNanos);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
