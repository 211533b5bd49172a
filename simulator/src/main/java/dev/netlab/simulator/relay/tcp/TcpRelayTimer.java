package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.net.TimerThread;
import java.nio.channels.Selector;

/**
 * Wakes a {@link TcpRelay}'s selector at the emulation's next event. {@code Selector.select}
 * waits in whole milliseconds; this thread waits to the microsecond (timer slack lowered, see
 * {@link TimerThread}) and then calls {@link Selector#wakeup()}. A wake-up that comes when
 * nothing is due costs one extra loop turn, never a wrong result: the emulation runs each
 * event at its own virtual time however late it is driven.
 */
final class TcpRelayTimer extends TimerThread {

    private final Selector selector;
    private long deadlineNanos;
    private boolean armed;

    TcpRelayTimer(String name, Selector selector) {
        super(name, 0);
        this.selector = selector;
        start();
    }

    /** Wakes the selector at {@code deadlineNanos} (System.nanoTime clock) unless an earlier wake-up is set. */
    void wakeAt(long deadlineNanos) {
        lock.lock();
        try {
            if (!armed || deadlineNanos - this.deadlineNanos < 0) {
                this.deadlineNanos = deadlineNanos;
                armed = true;
                changed();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected long nextDeadlineNanos() {
        return armed ? deadlineNanos : NONE;
    }

    @Override
    protected void fire() {
        armed = false;
        selector.wakeup();
    }
}
