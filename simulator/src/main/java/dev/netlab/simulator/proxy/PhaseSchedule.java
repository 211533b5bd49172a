package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.scenario.Phase;
import dev.netlab.simulator.net.Pacer;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the engine's link as the phases begin and end, on a thread of its own, at times
 * measured from a start; outside every phase the link is the base link.
 */
final class PhaseSchedule implements AutoCloseable {

    private final Thread thread;
    private volatile boolean closed;

    private PhaseSchedule(Thread thread) {
        this.thread = thread;
    }

    /** One change of both directions' links, {@code atNanos} after the start; a null phase means the base link. */
    private record Change(long atNanos, Phase phase) {
    }

    /** Starts applying {@code phases} to {@code engine}, counting from {@code startNanos} (nanoTime clock). */
    static PhaseSchedule start(List<Phase> phases, LinkConfig uplink, LinkConfig downlink, ImpairmentEngine engine,
            long startNanos) {
        List<Change> changes = new ArrayList<>();
        for (Phase p : phases) {
            changes.add(new Change(p.from().toNanos(), p));
            changes.add(new Change(p.to().toNanos(), null)); // back to the base link
        }
        PhaseSchedule[] self = new PhaseSchedule[1];
        Thread thread = new Thread(() -> {
            for (Change change : changes) {
                if (!Pacer.waitUntil(startNanos + change.atNanos(), () -> self[0].closed)) {
                    return;
                }
                engine.setLink(Direction.UPLINK, change.phase() == null ? uplink : change.phase().uplink());
                engine.setLink(Direction.DOWNLINK, change.phase() == null ? downlink : change.phase().downlink());
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
