package dev.netlab.simulator.run;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.scenario.Phase;
import dev.netlab.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the engine's link as the scenario's phases begin and end, on a thread of its own, at
 * times measured from the run's start.
 */
public final class PhaseSchedule implements AutoCloseable {

    private final Thread thread;
    private volatile boolean closed;

    private PhaseSchedule(Thread thread) {
        this.thread = thread;
    }

    /** Starts applying the phases of {@code scenario} to {@code engine}, counting from {@code startNanos}. */
    public static PhaseSchedule start(Scenario scenario, ImpairmentEngine engine, long startNanos) {
        record Change(long atNanos, Phase phase) {
        }
        List<Change> changes = new ArrayList<>();
        for (Phase p : scenario.phases()) {
            changes.add(new Change(p.from().toNanos(), p));
            changes.add(new Change(p.to().toNanos(), null)); // back to the scenario's own link
        }
        PhaseSchedule[] self = new PhaseSchedule[1];
        Thread thread = new Thread(() -> {
            for (Change change : changes) {
                if (!Pacer.waitUntil(startNanos + change.atNanos(), () -> self[0].closed)) {
                    return;
                }
                engine.setLink(Direction.UPLINK, change.phase() == null ? scenario.uplink() : change.phase().uplink());
                engine.setLink(Direction.DOWNLINK, change.phase() == null ? scenario.downlink() : change.phase().downlink());
            }
        }, "netlab-run-phases");
        thread.setDaemon(true);
        self[0] = new PhaseSchedule(thread);
        thread.start();
        return self[0];
    }

    /** Stops changing the link. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
