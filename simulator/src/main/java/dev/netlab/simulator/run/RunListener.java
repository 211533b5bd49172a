package dev.netlab.simulator.run;

import dev.netlab.core.scenario.Transport;

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

    /** Hears nothing. */
    RunListener NONE = new RunListener() {
    };
}
