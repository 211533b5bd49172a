package dev.netlab.simulator.run;

import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.capture.CaptureSummary;

/** Hears how a run is going, for a progress bar. Called from the run's own threads. */
public interface RunListener {

    /** A transport starts; {@code total} messages will be sent. */
    default void started(Transport transport, long total) {
    }

    /** So far {@code sent} messages went out and {@code replied} replies came back. */
    default void progress(Transport transport, long sent, long replied) {
    }

    /** The transport is done (or was stopped). */
    default void finished(Transport transport) {
    }

    /** The transport's capture is written and closed (only when the run was asked to capture). */
    default void captured(Transport transport, CaptureSummary capture) {
    }

    /** Hears nothing. */
    RunListener NONE = new RunListener() {
    };
}
