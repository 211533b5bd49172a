package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * What both proxies own besides their relay: the engine, its ledger (a file the proxy opened, or
 * the caller's sink) and the phase schedule. Closed after the relay, so the ledger sees every
 * decision.
 */
final class Impairments implements AutoCloseable {

    final ImpairmentEngine engine;
    final LedgerSink ledger;
    private final ProxySpec spec;
    private final CsvLedgerWriter file;
    private PhaseSchedule phases;

    private Impairments(ProxySpec spec, CsvLedgerWriter file) {
        this.spec = spec;
        this.file = file;
        this.ledger = file != null ? file : spec.ledgerSink();
        this.engine = new ImpairmentEngine(spec.seed(), spec.uplink(), spec.downlink(), ledger, spec.rules());
    }

    /** Opens the spec's ledger file, if any, and makes the engine. */
    static Impairments open(ProxySpec spec) throws IOException {
        CsvLedgerWriter file = spec.ledgerFile().isEmpty() ? null
                : new CsvLedgerWriter(Files.newBufferedWriter(spec.ledgerFile().get(), StandardCharsets.UTF_8));
        return new Impairments(spec, file);
    }

    /** Starts the phases (if any) counting from {@code startNanos}, unless they were started already. */
    synchronized void startPhases(long startNanos) {
        if (phases == null && !spec.phases().isEmpty()) {
            phases = PhaseSchedule.start(spec.phases(), spec.uplink(), spec.downlink(), engine, startNanos);
        }
    }

    /** Stops the phases; call before the relay closes. */
    synchronized void stopPhases() {
        if (phases != null) {
            phases.close();
        }
    }

    /** Closes the ledger file the proxy opened; call after the relay closed. */
    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
