package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.net.TimerThread;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timer thread that runs each scheduled release at its time, never before it. Packets that
 * the impairment engine delays wait here; everything else bypasses it.
 *
 * <p>The thread sleeps until shortly before the earliest release and spins the last few
 * microseconds, with its timer slack lowered on Linux ({@link TimerThread}), so a 1 ms delay is
 * late by microseconds rather than tens of microseconds. Releases at the same time run in the
 * order they were scheduled.
 *
 * <p>Queued bytes are capped: a release that would pass the cap is refused and counted, so a
 * flood cannot grow the queue without bound.
 */
public final class ReleaseScheduler extends TimerThread {

    /** Below this the thread spins rather than sleeps: a sleep can overshoot by this much. */
    private static final long SPIN_NANOS = 40_000;
    /** How long {@link #shed()} waits for the timer thread to let go of the lock (it backs off when out of memory too). */
    private static final long SHED_WAIT_NANOS = 1_000_000_000L;

    private final long maxQueuedBytes;
    private final PriorityQueue<Release> queue = new PriorityQueue<>();
    private final AtomicLong overflowDrops = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private long queuedBytes;
    private long sequence;
    private boolean closed;

    /**
     * @param name           the timer thread's name
     * @param maxQueuedBytes the most bytes waiting at once; more is refused and counted
     */
    public ReleaseScheduler(String name, long maxQueuedBytes) {
        super(name, SPIN_NANOS);
        if (maxQueuedBytes <= 0) {
            throw new IllegalArgumentException("queued bytes cap must be above 0 bytes: " + maxQueuedBytes);
        }
        this.maxQueuedBytes = maxQueuedBytes;
        start();
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
                changed(); // a new earliest release: the thread may be sleeping too long
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected long nextDeadlineNanos() {
        Release head = queue.peek();
        return head == null ? NONE : head.releaseNanos;
    }

    @Override
    protected void fire() {
        Release head = queue.poll();
        queuedBytes -= head.sizeBytes;
        lock.unlock();
        try {
            head.action.run();
        } catch (RuntimeException e) {
            failures.incrementAndGet(); // one failed send must not stop every later release
        } finally {
            lock.lock();
        }
    }

    @Override
    protected void clear() {
        closed = true;
        queue.clear();
        queuedBytes = 0;
    }

    /**
     * Discards every release waiting, as when the thread is closed but the thread goes on: what a
     * relay does when memory runs out, since the delayed datagrams are what fills it.
     *
     * @return how many releases were discarded
     */
    int shed() {
        // tryLock never allocates (lock() may, to queue): out of memory, it must not fail for want of memory
        long giveUpAt = System.nanoTime() + SHED_WAIT_NANOS;
        while (!lock.tryLock()) {
            if (System.nanoTime() - giveUpAt > 0) {
                return 0;
            }
            Thread.onSpinWait();
        }
        try {
            int discarded = queue.size();
            queue.clear();
            queuedBytes = 0;
            return discarded;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes waiting now. */
    long queuedBytes() {
        lock.lock();
        try {
            return queuedBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Releases waiting now. */
    int queuedReleases() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Releases refused because the cap on queued bytes was reached. */
    long overflowDrops() {
        return overflowDrops.get();
    }

    /** Releases whose action threw. */
    long failures() {
        return failures.get();
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
