package dev.netlab.simulator.run;

import dev.netlab.core.engine.SharedLink;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.capture.CaptureSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs a scenario: for each transport in turn, the real server, the relay with the scenario's
 * impairments and the real clients, the profile's traffic, a drain for stragglers, then everything
 * stopped. Both transports use the scenario's seed, so the k-th packet of each flow and direction
 * meets the same fate. A concurrent scenario ({@link Scenario#isConcurrent()}) runs its transports at the
 * same time instead, each with its own traffic, through one link whose rate queue they share
 * ({@link ConcurrentRun}); its result holds that queue's totals.
 *
 * <p>{@link #stop()} (for Ctrl-C) ends the current transport (both, in a concurrent run) at once and skips
 * the rest; the result is then marked partial but holds everything measured.
 */
public final class ScenarioRunner {

    private final RunListener listener;
    private volatile boolean stopped;
    private Path captureDir;
    private long captureLimitBytes;

    /** A runner that tells {@code listener} how the run goes. */
    public ScenarioRunner(RunListener listener) {
        this.listener = listener;
    }

    /**
     * Makes the next runs write a pcapng capture per transport into {@code dir}
     * ({@code capture-udp.pcapng}, {@code capture-tcp.pcapng}; docs/capture.md).
     *
     * @param limitBytes each capture's size limit
     */
    public void captureInto(Path dir, long limitBytes) {
        this.captureDir = dir;
        this.captureLimitBytes = limitBytes;
    }

    /** Runs every transport of the scenario, writing the engine's decisions to {@code ledger}. */
    public RunResult run(Scenario scenario, RunLedger ledger) throws IOException {
        return run(scenario, ledger, MessageJournal.NONE);
    }

    /**
     * Runs every transport of the scenario, streaming the engine's decisions and every message sent
     * and answered into {@code files} as it goes.
     */
    public RunResult run(Scenario scenario, RunFiles files) throws IOException {
        return run(scenario, files.ledger(), files.journal());
    }

    private RunResult run(Scenario scenario, RunLedger ledger, MessageJournal journal) throws IOException {
        WarmUp.run(scenario, () -> stopped);
        if (scenario.isConcurrent()) {
            SharedLink link = new SharedLink();
            Map<Transport, TransportResult> results = ConcurrentRun.run(scenario.transports(), link,
                    (transport, stop) -> transportRun(scenario, transport, ledger, journal, stop), () -> stopped);
            return new RunResult(scenario, results, stopped, ConcurrentRun.totals(link));
        }
        Map<Transport, TransportResult> results = new LinkedHashMap<>();
        for (Transport transport : scenario.transports()) {
            if (stopped) {
                break;
            }
            results.put(transport, transportRun(scenario, transport, ledger, journal, () -> stopped).run());
        }
        return new RunResult(scenario, results, stopped);
    }

    private TransportRun<?> transportRun(Scenario scenario, Transport transport, RunLedger ledger,
            MessageJournal journal, BooleanSupplier stop) {
        TransportRun<?> run = transport == Transport.UDP
                ? UdpTransportRun.of(scenario, ledger.sink(transport), journal, listener, stop)
                : TcpTransportRun.of(scenario, ledger.sink(transport), journal, listener, stop);
        run.capture = capture(transport);
        return run;
    }

    private Optional<CaptureSpec> capture(Transport transport) {
        return captureDir == null ? Optional.empty()
                : Optional.of(new CaptureSpec(captureDir.resolve("capture-" + transport.label() + ".pcapng"),
                        captureLimitBytes));
    }

    /** Stops the run as soon as it can; callable from any thread. */
    public void stop() {
        stopped = true;
    }
}
