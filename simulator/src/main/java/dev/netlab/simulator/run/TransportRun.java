package dev.netlab.simulator.run;

import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.SharedLink;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.simulator.net.LatenessHistogram;
import dev.netlab.simulator.net.Pacer;
import dev.netlab.simulator.proxy.Proxy;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.capture.CaptureSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The skeleton both transports' runs share: start the real server, a proxy with the scenario's
 * link and seed in front of it, connect the clients, start the phases and the exchange together,
 * wait for stragglers (at most {@link #drain()}: a TCP run that reaches that cap counts what is still
 * unanswered as in flight, not lost), then close everything in reverse order and count what came back. In a
 * concurrent run the exchange waits at a {@link StartLine} for the other transport's, and the proxy's rate
 * queues are the {@link SharedLink}'s, so both transports' packets wait in one queue per direction. What
 * differs (sockets, threads, the result's extras) is left to {@link UdpTransportRun} and
 * {@link TcpTransportRun}.
 *
 * @param <P> the proxy the transport runs through
 */
abstract class TransportRun<P extends Proxy<?, ?>> {

    static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    final Scenario scenario;
    final Traffic traffic;
    final MessageLog log;
    final RunListener listener;
    final BooleanSupplier stopped;
    final List<Thread> threads = new ArrayList<>();
    private final LatenessHistogram pacing = new LatenessHistogram();
    private final Transport transport;
    private final LedgerSink ledger;
    /** A pcapng capture of the run's packets, when asked for ({@link ScenarioRunner#captureInto}). */
    Optional<CaptureSpec> capture = Optional.empty();
    /** The link whose rate queue the run shares with the other transport's (a concurrent run); else none. */
    Optional<SharedLink> sharedLink = Optional.empty();
    /** Where the proxy's clock starts, the same for both transports of a concurrent run; else at its start. */
    OptionalLong clockZeroNanos = OptionalLong.empty();
    /** Where the run waits for the other transport's before its exchange; a run alone passes at once. */
    StartLine startLine = StartLine.alone();

    TransportRun(Transport transport, Scenario scenario, LedgerSink ledger, MessageJournal journal,
            RunListener listener, BooleanSupplier stopped) {
        this.transport = transport;
        this.scenario = scenario;
        this.traffic = scenario.traffic(transport);
        this.log = new MessageLog(traffic.clients(), traffic.messages(), journal.sink(transport, traffic));
        this.ledger = ledger;
        this.listener = listener;
        this.stopped = stopped;
    }

    /** A started server: its address and how to stop it. */
    record Server(InetSocketAddress address, Runnable close) {
    }

    /** Starts the real server on loopback. */
    abstract Server startServer() throws IOException;

    /** Starts the proxy in front of the server. */
    abstract P startProxy(ProxySpec spec) throws IOException;

    /** Opens every client's socket towards the proxy. */
    abstract void connectClients(P proxy) throws IOException;

    /** Sends the traffic from {@code startNanos} (nanoTime clock), adding any thread it starts to {@link #threads}. */
    abstract void exchange(long startNanos) throws IOException;

    /** How long to wait for stragglers after the exchange: the wait's cap. */
    abstract Duration drain();

    /** Closes every client's socket, which ends its threads. */
    abstract void closeClients() throws IOException;

    /**
     * How long before a stop an unanswered message counts as in flight rather than lost: UDP gives
     * up on a reply after its drain, TCP never loses one.
     */
    abstract long inFlightWindowNanos();

    /** The result, from the observations and the closed proxy. */
    abstract TransportResult result(P proxy, List<Observation> observations, TransportSummary summary,
            TransportTiming timing);

    /**
     * Records how late a send was against its plan; call from the sending thread right after sending. Not for
     * a profile that stops at its end (bulk): its sender is behind by design (offered more than any link
     * carries), and its lateness would mark the run's timing disturbed for no fault of the host.
     */
    final void paced(long plannedNanos, long actualNanos) {
        if (!traffic.profile().stopsAtEnd()) {
            pacing.record(actualNanos - plannedNanos);
        }
    }

    final TransportResult run() throws IOException {
        P proxy = null;
        Server server = null;
        long startNanos = System.nanoTime();
        long stopAtNanos = Long.MAX_VALUE; // from the start; stays MAX unless stopped or cut at the wait's cap
        listener.started(transport, traffic.totalMessages());
        try {
            server = startServer();
            proxy = startProxy(spec(server.address()));
            connectClients(proxy);
            OptionalLong start = startLine.await(stopped);
            if (start.isPresent()) {
                startNanos = start.getAsLong();
                proxy.startPhases(startNanos);
                exchange(startNanos);
                awaitReplies();
            }
        } finally {
            startLine.abandon(); // a run that fails before its start releases the other transport's
            // Stopped, or the wait ran out with replies missing: what is unanswered within the
            // transport's in-flight window was still on its way (for UDP the window is the drain, so
            // nothing; TCP never gives up, so everything): not delivered before the run ended, not lost.
            if (stopped.getAsBoolean() || !log.allReplied()) {
                stopAtNanos = System.nanoTime() - startNanos;
            }
            close(server, proxy);
        }
        return result(proxy, stopAtNanos);
    }

    /** The proxy as the scenario says, on the run's shared link when it has one. */
    private ProxySpec spec(InetSocketAddress server) {
        ProxySpec spec = ProxySpec.of(LOOPBACK, server)
                .withLinks(scenario.uplink(), scenario.downlink())
                .withSeed(scenario.seed())
                .withPhases(scenario.phases())
                .withRules(scenario.rules())
                .withLedgerSink(ledger)
                .forRun();
        spec = sharedLink.map(spec::withSharedLink).orElse(spec);
        spec = clockZeroNanos.isPresent() ? spec.withClockZero(clockZeroNanos.getAsLong()) : spec;
        return capture.map(spec::withCapture).orElse(spec);
    }

    /** Waits for stragglers, at most {@link #drain()}. */
    private void awaitReplies() {
        long drainUntil = System.nanoTime() + drain().toNanos();
        while (!log.allReplied() && System.nanoTime() - drainUntil < 0 && !stopped.getAsBoolean()) {
            Pacer.waitUntil(System.nanoTime() + 20_000_000L, stopped);
            listener.progress(transport, log.sent.get(), log.replied.get());
        }
    }

    /** Closes in reverse order: server, clients (ending their threads), proxy. */
    private void close(Server server, P proxy) throws IOException {
        if (server != null) {
            server.close().run();
        }
        closeClients();
        threads.forEach(TransportRun::join);
        if (proxy != null) {
            proxy.close();
            proxy.capture().ifPresent(c -> listener.captured(transport, c));
        }
        listener.finished(transport);
    }

    private TransportResult result(P proxy, long stopAtNanos) {
        long inFlightFrom = stopAtNanos == Long.MAX_VALUE ? Long.MAX_VALUE : stopAtNanos - inFlightWindowNanos();
        List<Observation> observations = log.observations(traffic.sizeBytes(), inFlightFrom);
        long deadline = traffic.deadline().map(Duration::toNanos).orElse(Long.MAX_VALUE);
        double sendingMs = Math.min(stopAtNanos, traffic.sendingTime().toNanos()) / 1e6;
        long inFlight = log.unanswered(inFlightFrom);
        // A bulk sender leaves messages in its socket's buffers by design: its end is no wait cap reached.
        boolean capped = inFlight > 0 && !stopped.getAsBoolean() && !traffic.profile().stopsAtEnd();
        TransportTiming timing = new TransportTiming(sendingMs, inFlight, proxy.timerLateness(), pacing.summary(),
                capped);
        return result(proxy, observations, TransportSummary.of(observations, deadline), timing);
    }

    /**
     * Whether a sender should stop now although messages are left: only for a profile that stops at its
     * end (bulk), once the schedule's time is over. That is one interval after the last message's planned
     * send ({@link Traffic#sendingTime()}), so a sender on time still sends the last one; a sender behind
     * (a bulk sender always is: it is offered more than any link carries) leaves the rest unsent, and an
     * unsent message is no observation ({@link MessageLog}).
     */
    final boolean sendingOver(long startNanos) {
        return traffic.profile().stopsAtEnd()
                && System.nanoTime() - (startNanos + traffic.sendingTime().toNanos() + traffic.interval().toNanos()) > 0;
    }

    /** Starts a daemon thread and keeps it to be joined at the end. */
    final Thread startThread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        threads.add(t);
        return t;
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
