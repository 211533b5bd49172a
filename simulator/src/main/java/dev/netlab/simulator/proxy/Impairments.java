package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.SharedLink;
import dev.netlab.simulator.capture.CaptureFile;
import dev.netlab.simulator.capture.CaptureSummary;
import dev.netlab.simulator.capture.DatagramTap;
import dev.netlab.simulator.capture.SegmentTap;
import dev.netlab.simulator.capture.TcpCapture;
import dev.netlab.simulator.capture.UdpCapture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * What both proxies own besides their relay: the engine, its ledger (a file the proxy opened, or
 * the caller's sink) and the phase schedule. Closed after the relay, so the ledger sees every
 * decision.
 *
 * <p>The engine's clock starts at {@link #epochNanos}, which the proxy gives its relay as the relay's own
 * zero ({@link ProxySpec#clockZeroNanos()}, or the proxy's start): both relays hand the engine times since
 * their zero, and a {@link SharedLink} needs to know where that zero is on {@code System.nanoTime()} to put
 * two relays' packets on one queue's clock.
 */
final class Impairments implements AutoCloseable {

    final ImpairmentEngine engine;
    final LedgerSink ledger;
    /** The engine's and the relay's time zero on {@code System.nanoTime()}; the relay must use it as its own. */
    final long epochNanos;
    private final ProxySpec spec;
    private final CsvLedgerWriter file;
    private final CaptureFile capture;
    private PhaseSchedule phases;

    private Impairments(ProxySpec spec, CsvLedgerWriter file, CaptureFile capture) {
        this.spec = spec;
        this.file = file;
        this.capture = capture;
        this.ledger = file != null ? file : spec.ledgerSink();
        this.epochNanos = spec.clockZeroNanos().orElseGet(System::nanoTime);
        // Alone, the engine's queues are its own and their clock's zero does not matter (only differences do).
        this.engine = spec.sharedLink().isEmpty()
                ? new ImpairmentEngine(spec.seed(), spec.uplink(), spec.downlink(), ledger, spec.rules())
                : new ImpairmentEngine(spec.seed(), spec.uplink(), spec.downlink(), ledger, spec.rules(),
                        spec.sharedLink().get(), epochNanos);
    }

    /** Opens the spec's ledger file and capture, if any, and makes the engine. */
    static Impairments open(ProxySpec spec) throws IOException {
        CsvLedgerWriter file = spec.ledgerFile().isEmpty() ? null
                : new CsvLedgerWriter(Files.newBufferedWriter(spec.ledgerFile().get(), StandardCharsets.UTF_8));
        CaptureFile capture = null;
        try {
            if (spec.capture().isPresent()) {
                capture = CaptureFile.open(spec.capture().get().file(), spec.capture().get().limitBytes(), "netlab");
            }
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                file.close();
            }
            throw e;
        }
        return new Impairments(spec, file, capture);
    }

    /** Where a UDP relay shows its datagrams: the capture, or nowhere. */
    DatagramTap datagramTap() {
        return capture == null ? DatagramTap.NONE : new UdpCapture(capture);
    }

    /** Where the TCP emulation shows its segments: the capture, or nowhere. */
    SegmentTap segmentTap() {
        return capture == null ? SegmentTap.NONE : new TcpCapture(capture);
    }

    /** What the capture wrote, when there is one. */
    Optional<CaptureSummary> captureSummary() {
        return Optional.ofNullable(capture).map(CaptureFile::summary);
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
        if (capture != null) {
            try {
                capture.close();
            } catch (IOException e) {
                // The summary already counted what was written; a failed flush loses only the file's tail.
            }
        }
    }
}
