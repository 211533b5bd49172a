package dev.netlab.simulator.run;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A throwaway exchange before the measured run, so the first recorded messages do not pay for
 * the JVM loading and compiling the relay, the impairment engine, the timer thread, the ledger
 * writer, the server and the clients (which showed as 50–170 ms round trips on the first
 * messages of whichever transport ran first).
 *
 * <p>It goes through the same code paths as the run: the scenario's own links (so the engine's
 * stages and the relay's release scheduler run, not the bypass a clean link takes) and a ledger
 * that formats every row and throws it away. It runs in a proxy of its own with its own engine,
 * so the measured run's seeded draws, flow and packet indices and ledger rows are untouched: the
 * measured engine is created afresh after it. Phases are left out (an outage at the start would
 * leave nothing to warm). Each transport's warm-up is capped at {@link #LIMIT}.
 */
final class WarmUp {

    /** The most a transport's warm-up may take, even on a link that loses everything. */
    static final Duration LIMIT = Duration.ofSeconds(3);
    private static final long MESSAGES = 300;

    private WarmUp() {
    }

    /** Warms every transport of {@code scenario}, stopping early when {@code stopped} says so. */
    static void run(Scenario scenario, BooleanSupplier stopped) throws IOException {
        for (Transport transport : scenario.transports()) {
            Scenario warm = scenario(scenario, transport);
            long until = System.nanoTime() + LIMIT.toNanos();
            BooleanSupplier over = () -> stopped.getAsBoolean() || System.nanoTime() - until > 0;
            if (stopped.getAsBoolean()) {
                return;
            }
            try (RunLedger discard = new RunLedger(Writer.nullWriter())) {
                if (transport == Transport.UDP) {
                    UdpTransportRun.of(warm, discard.sink(transport), MessageJournal.NONE, RunListener.NONE, over).run();
                } else {
                    TcpTransportRun.of(warm, discard.sink(transport), MessageJournal.NONE, RunListener.NONE, over).run();
                }
            }
        }
    }

    /**
     * The scenario's links and transports, one client sending {@value #MESSAGES} messages 1 ms apart, no phases;
     * the messages are the size {@code transport} sends (its own traffic's in a concurrent scenario, which is
     * warmed a transport at a time: what warms is the code, not the link).
     */
    static Scenario scenario(Scenario s, Transport transport) {
        Traffic t = s.traffic(transport);
        Traffic traffic = new Traffic(t.profile(), 1, MESSAGES, t.sizeBytes(), Duration.ofMillis(1), 1,
                Optional.empty(), t.server());
        return new Scenario(s.name(), "", s.seed(), traffic, s.uplinkSettings(), s.downlinkSettings(), s.uplink(),
                s.downlink(), List.of(), s.transports(), s.tcp(), Duration.ofMillis(200));
    }
}
