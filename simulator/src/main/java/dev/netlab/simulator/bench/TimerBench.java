package dev.netlab.simulator.bench;

import dev.netlab.simulator.relay.udp.ReleaseScheduler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Measures how late the relay's timer thread runs a release scheduled a fixed delay ahead. */
public final class TimerBench {

    private TimerBench() {
    }

    /**
     * @param lateness    how late releases ran
     * @param earlyCount  releases that ran before their time (must be 0)
     * @param preciseTimer whether the timer thread got 1 ns timer slack
     */
    public record Result(LatencySample lateness, int earlyCount, boolean preciseTimer) {
    }

    /** Schedules {@code count} releases one after another, each {@code delay} ahead of when it was scheduled. */
    public static Result lateness(Duration delay, int count) throws InterruptedException {
        long[] lateNanos = new long[count];
        int early = 0;
        int measured = 0;
        try (ReleaseScheduler scheduler = new ReleaseScheduler("netlab-bench-timer", 1 << 20)) {
            for (int i = 0; i < count; i++) {
                long release = System.nanoTime() + delay.toNanos();
                long[] ranAt = new long[1];
                CountDownLatch ran = new CountDownLatch(1);
                scheduler.schedule(release, 0, () -> {
                    ranAt[0] = System.nanoTime();
                    ran.countDown();
                });
                if (!ran.await(5, TimeUnit.SECONDS)) {
                    continue;
                }
                long late = ranAt[0] - release;
                if (late < 0) {
                    early++;
                }
                lateNanos[measured++] = Math.max(0, late);
            }
            return new Result(LatencySample.ofNanos(lateNanos, measured), early, scheduler.slackLowered());
        }
    }
}
