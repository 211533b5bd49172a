package dev.netlab.simulator.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.simulator.relay.udp.ReleaseScheduler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A timer thread survives an action that fails, and says why when failures never stop. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class TimerThreadTest {

    @Test
    void anActionOutOfMemoryIsCountedAndTheNextReleaseStillRuns() throws InterruptedException {
        try (ReleaseScheduler scheduler = new ReleaseScheduler("test-timer", 1 << 20)) {
            CountDownLatch ran = new CountDownLatch(1);
            long now = System.nanoTime();
            scheduler.schedule(now, 10, () -> {
                throw new OutOfMemoryError("Java heap space (injected)");
            });
            scheduler.schedule(now + 1_000_000, 10, ran::countDown);
            // The second release runs only if the thread outlived the first one's error.
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertEquals(1, scheduler.errors());
            assertFalse(scheduler.failure().toCompletableFuture().isDone());
        }
    }

    @Test
    void aDeadlineThatFailsEveryTimeEndsTheThreadWithOneLine() throws Exception {
        try (TimerThread broken = new AlwaysFailing()) {
            String reason = broken.failure().toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertTrue(reason.startsWith("test-broken-timer stopped: IllegalStateException: broken"), reason);
            assertEquals(SelectorLoop.MAX_ERRORS_IN_A_ROW, broken.errors());
        }
    }

    /** A deadline always due whose firing always fails. */
    private static final class AlwaysFailing extends TimerThread {
        AlwaysFailing() {
            super("test-broken-timer", 0);
            start();
        }

        @Override
        protected long nextDeadlineNanos() {
            return System.nanoTime() - 1;
        }

        @Override
        protected void fire() {
            throw new IllegalStateException("broken");
        }
    }
}
