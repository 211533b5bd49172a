package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.SharedLink;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A concurrent run never hangs: a failure or a stop on one side ends both, and every thread goes. */
@Tag("socket")
class ConcurrentRunStopTest {

    /** A minute of traffic: a run that did not stop would outlive each test's timeout. */
    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    @Timeout(45)
    void aTransportThatFailsBeforeItsStartReleasesTheOtherAndItsOwnErrorIsThrown() throws Exception {
        // TCP's server fails after UDP has reached the start line and waits there: UDP must be released, close
        // what it opened, and the caller must see TCP's error, not UDP's "the other transport failed".
        Scenario scenario = ConcurrentRunTest.scenario(LONG, 30);
        IOException thrown = assertThrows(IOException.class, () -> ConcurrentRun.run(scenario.transports(),
                new SharedLink(), (transport, stop) -> transport == Transport.UDP
                        ? UdpTransportRun.of(scenario, LedgerSink.NONE, MessageJournal.NONE, RunListener.NONE, stop)
                        : new FailingRun(scenario, stop), () -> false));
        assertEquals("no server (injected)", thrown.getMessage());
        assertNoRunThreadLeft();
    }

    @Test
    @Timeout(45)
    void aStopAfterTheStartEndsBothTransportsWithWhatTheyMeasured() throws Exception {
        // Stopped a second after both started, a minute early: both results are there, marked partial, and
        // each sent for about a second of its minute. A transport the stop missed would run into the timeout.
        Scenario scenario = ConcurrentRunTest.scenario(LONG, 30);
        CountDownLatch started = new CountDownLatch(2);
        ScenarioRunner runner = new ScenarioRunner(new RunListener() {
            @Override
            public void started(Transport transport, long total) {
                started.countDown();
            }
        });
        Thread stopper = new Thread(() -> {
            try {
                if (started.await(30, TimeUnit.SECONDS)) {
                    Thread.sleep(1_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runner.stop();
        });
        stopper.start();
        RunResult result;
        try (RunLedger ledger = new RunLedger(Writer.nullWriter())) {
            result = runner.run(scenario, ledger);
        }
        stopper.join();
        assertTrue(result.partial());
        assertEquals(List.of(Transport.UDP, Transport.TCP), List.copyOf(result.transports().keySet()));
        for (TransportResult r : result.transports().values()) {
            assertTrue(r.timing().sendingMs() < LONG.toMillis() / 2, r.transport() + " sent " + r.timing().sendingMs());
            assertTrue(r.summary().sent() > 0, r.transport() + " sent before the stop");
        }
        assertNoRunThreadLeft();
    }

    /** Every run's threads end within its close (each join waits at most 5 s); polled, bounded. */
    private static void assertNoRunThreadLeft() throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        Set<String> left = runThreads();
        while (!left.isEmpty() && System.nanoTime() - until < 0) {
            Thread.sleep(50);
            left = runThreads();
        }
        assertEquals(Set.of(), left);
    }

    private static Set<String> runThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("netlab-run-") || n.startsWith("netlab-udp-relay")
                        || n.startsWith("netlab-tcp-relay"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A TCP run whose server fails to start, half a second in: after UDP reached the line. */
    private static final class FailingRun extends TransportRun<TcpProxy> {

        FailingRun(Scenario scenario, BooleanSupplier stopped) {
            super(Transport.TCP, scenario, LedgerSink.NONE, MessageJournal.NONE, RunListener.NONE, stopped);
        }

        @Override
        Server startServer() throws IOException {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("no server (injected)");
        }

        @Override
        TcpProxy startProxy(ProxySpec spec) {
            throw new AssertionError("never reached");
        }

        @Override
        void connectClients(TcpProxy proxy) {
            throw new AssertionError("never reached");
        }

        @Override
        void exchange(long startNanos) {
            throw new AssertionError("never reached");
        }

        @Override
        Duration drain() {
            return Duration.ZERO;
        }

        @Override
        void closeClients() {
        }

        @Override
        long inFlightWindowNanos() {
            return 0;
        }

        @Override
        TransportResult result(TcpProxy proxy, List<Observation> observations, TransportSummary summary,
                TransportTiming timing) {
            throw new AssertionError("never reached");
        }
    }
}
