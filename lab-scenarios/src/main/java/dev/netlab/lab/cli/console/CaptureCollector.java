package dev.netlab.lab.cli.console;

import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.capture.CaptureSummary;
import dev.netlab.simulator.run.RunListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes a run's progress on to another listener and keeps what each capture wrote, to print at the end. */
public final class CaptureCollector implements RunListener {

    private final RunListener shown;
    private final List<CaptureSummary> captures = new CopyOnWriteArrayList<>();

    /** Progress goes on to {@code shown} (a progress bar, or nothing). */
    public CaptureCollector(RunListener shown) {
        this.shown = shown;
    }

    @Override
    public void started(Transport transport, long total) {
        shown.started(transport, total);
    }

    @Override
    public void progress(Transport transport, long sent, long replied) {
        shown.progress(transport, sent, replied);
    }

    @Override
    public void finished(Transport transport) {
        shown.finished(transport);
    }

    @Override
    public void captured(Transport transport, CaptureSummary capture) {
        captures.add(capture);
    }

    /** What each capture wrote, in the order the transports ran. */
    public List<CaptureSummary> captures() {
        return List.copyOf(captures);
    }
}
