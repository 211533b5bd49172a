package dev.netlab.simulator.relay.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

@Tag("socket")
class ReleaseSchedulerTest {

    @Test
    void neverRunsAReleaseBeforeItsTime() throws InterruptedException {
        int count = 500;
        long[] earlyByNanos = new long[count];
        CountDownLatch done = new CountDownLatch(count);
        SplittableRandom random = new SplittableRandom(7);
        try (ReleaseScheduler scheduler = new ReleaseScheduler("test-timer", 1 << 20)) {
            for (int i = 0; i < count; i++) {
                int index = i;
                long release = System.nanoTime() + random.nextLong(0, 3_000_000);
                assertTrue(scheduler.schedule(release, 1, () -> {
                    earlyByNanos[index] = release - System.nanoTime();
                    done.countDown();
                }));
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        // Lateness is for netlab bench; here only the one-sided guarantee: nothing ran early.
        for (long early : earlyByNanos) {
            assertTrue(early <= 0, "ran " + early + " ns early");
        }
    }

    @Test
    void runsReleasesInTimeOrderAndEqualTimesInTheOrderScheduled() throws InterruptedException {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(6);
        long base = System.nanoTime() + 20_000_000;
        try (ReleaseScheduler scheduler = new ReleaseScheduler("test-timer", 1 << 20)) {
            long[] offsets = {3, 1, 2, 2, 2, 0};
            for (int i = 0; i < offsets.length; i++) {
                int id = i;
                scheduler.schedule(base + offsets[i] * 1_000_000, 1, () -> {
                    ran.add(id);
                    done.countDown();
                });
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(5, 1, 2, 3, 4, 0), ran);
    }

    @Test
    void refusesAndCountsWhatWouldPassTheCapOnQueuedBytes() {
        try (ReleaseScheduler scheduler = new ReleaseScheduler("test-timer", 3000)) {
            long later = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            assertTrue(scheduler.schedule(later, 1500, () -> { }));
            assertTrue(scheduler.schedule(later, 1500, () -> { }));
            assertFalse(scheduler.schedule(later, 1, () -> { }), "a full queue must refuse");
            assertEquals(1, scheduler.overflowDrops());
            assertEquals(3000, scheduler.queuedBytes());
        }
    }

    @Test
    void aFailingReleaseDoesNotStopTheOnesAfterIt() throws InterruptedException {
        CountDownLatch after = new CountDownLatch(1);
        try (ReleaseScheduler scheduler = new ReleaseScheduler("test-timer", 1 << 20)) {
            long now = System.nanoTime();
            scheduler.schedule(now, 1, () -> {
                throw new IllegalStateException("a send that failed");
            });
            scheduler.schedule(now + 1_000_000, 1, after::countDown);
            assertTrue(after.await(10, TimeUnit.SECONDS));
            assertEquals(1, scheduler.failures());
        }
    }

    @Test
    void closeStopsTheTimerThread() {
        ReleaseScheduler scheduler = new ReleaseScheduler("test-timer-close", 1 << 20);
        scheduler.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("test-timer-close")));
    }
}
