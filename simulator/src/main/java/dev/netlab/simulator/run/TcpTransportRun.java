package dev.netlab.simulator.run;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.probe.LineFramer;
import dev.netlab.core.probe.Probe;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.probe.ProbeDecoding;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.net.Pacer;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats;
import dev.netlab.simulator.server.Concurrency;
import dev.netlab.simulator.server.TcpServer;
import dev.netlab.simulator.tcp.TcpPathStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One TCP run: the real TCP server (a thread per connection), a {@link TcpProxy} emulating TCP
 * over the scenario's engine, and the clients, each with its own connection, connected one after
 * another so the relay numbers the flows in client order. Each client has a sender thread (a
 * blocking write stalls it, as TCP's flow control stalls an application) and a receiver thread.
 */
final class TcpTransportRun extends TransportRun<TcpProxy> {

    /**
     * A bulk client's socket send buffer. The kernel would grow it to megabytes (Linux: up to 4 MB), all
     * written and waiting in the host before the emulated link: seconds of a lab link's traffic, which every
     * message's round trip would carry and which would be in flight when the run ends. This much (Linux
     * doubles it) is about the emulated TCP's own send buffer, so the waiting is mostly the emulation's.
     */
    static final int BULK_SEND_BUFFER_BYTES = 64 * 1024;

    private final List<Socket> clients = new ArrayList<>();
    /** Where the relay's clock starts: the spec's zero, or the proxy's start (the relay's within microseconds). */
    private long relayStartNanos;
    private long startNanos;

    private TcpTransportRun(Scenario s, LedgerSink ledger, MessageJournal journal, RunListener listener,
            BooleanSupplier stopped) {
        super(Transport.TCP, s, ledger, journal, listener, stopped);
    }

    /** A run not started yet ({@link TransportRun#run()} starts it): its capture, shared link or start line may be set first. */
    static TcpTransportRun of(Scenario s, LedgerSink ledger, MessageJournal journal, RunListener listener,
            BooleanSupplier stopped) {
        return new TcpTransportRun(s, ledger, journal, listener, stopped);
    }

    @Override
    Server startServer() throws IOException {
        TcpServer server = TcpServer.start(LOOPBACK, traffic.server(), Concurrency.THREADS);
        return new Server(server.address(), server::close);
    }

    @Override
    TcpProxy startProxy(ProxySpec spec) throws IOException {
        relayStartNanos = spec.clockZeroNanos().orElseGet(System::nanoTime);
        // The run's messages are lines: one segment each, so the cut, and with it every keyed fate, repeats.
        return TcpProxy.start(spec, scenario.tcp().toBuilder().lineSegments(true).build());
    }

    @Override
    void connectClients(TcpProxy proxy) throws IOException {
        for (int c = 0; c < traffic.clients(); c++) {
            Socket socket = new Socket();
            clients.add(socket);
            socket.setTcpNoDelay(true);
            if (traffic.profile().stopsAtEnd()) {
                socket.setSendBufferSize(BULK_SEND_BUFFER_BYTES);
            }
            socket.connect(proxy.address(), 10_000);
            awaitAccepted(proxy, c + 1);
        }
        awaitHandshakes(proxy);
    }

    /**
     * Waits out the emulated handshakes, as a real {@code connect()} returns only once its handshake
     * is done: otherwise the first messages would wait behind it and their round trips would carry
     * it (it is reported apart, as handshakeMs). The relay holds data for each connection's handshake
     * time from its accept, all of which came before now.
     */
    private void awaitHandshakes(TcpProxy proxy) {
        long until = System.nanoTime() + 10_000_000_000L; // the relay lists a link just after counting its accept
        while (proxy.connections().size() < traffic.clients() && System.nanoTime() - until < 0) {
            Pacer.waitUntil(System.nanoTime() + 1_000_000L, stopped);
        }
        long longest = proxy.connections().stream().mapToLong(TcpConnectionStats::handshakeNanos).max().orElse(0);
        Pacer.waitUntil(System.nanoTime() + longest + 1_000_000L, stopped);
    }

    @Override
    void exchange(long runStartNanos) {
        startNanos = runStartNanos;
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < traffic.clients(); c++) {
            int client = c;
            Socket socket = clients.get(c);
            startThread("netlab-run-tcp-receive-" + c, () -> receive(socket, client, log, runStartNanos));
            senders.add(startThread("netlab-run-tcp-send-" + c, () -> send(socket, client, runStartNanos)));
        }
        // A bulk sender is left blocked in write() when its time is over (the link is slower than it writes):
        // the wait ends then anyway, and closing its socket at the run's end releases it (closeClients).
        long total = traffic.totalMessages();
        while (log.sent.get() < total && !stopped.getAsBoolean() && senders.stream().anyMatch(Thread::isAlive)
                && !sendingOver(runStartNanos)) {
            Pacer.waitUntil(System.nanoTime() + 50_000_000L, stopped);
            listener.progress(Transport.TCP, log.sent.get(), log.replied.get());
        }
    }

    /**
     * TCP's wait cap; none for a bulk transfer, measured over its duration. Its sender keeps every buffer on
     * the way full (its socket's, the emulated send buffer, the server's), and once the other transport has
     * stopped that backlog would cross the whole link: a wait would add seconds of a rate the transfer never
     * had beside it (TCP's goodput on a 2 Mbit/s link shared with 1.6 Mbit/s of UDP read 0.6 Mbit/s instead
     * of 0.4). What is unanswered at the end counts in flight, as it is (TCP never loses it), not lost.
     */
    @Override
    Duration drain() {
        return traffic.profile().stopsAtEnd() ? Duration.ZERO : Drain.tcp(scenario);
    }

    @Override
    void closeClients() throws IOException {
        for (Socket socket : clients) {
            socket.close();
        }
    }

    @Override
    long inFlightWindowNanos() {
        return Long.MAX_VALUE; // TCP never gives up on a reply: every unanswered message was still on its way
    }

    @Override
    TransportResult result(TcpProxy proxy, List<Observation> observations, TransportSummary summary,
            TransportTiming timing) {
        List<TcpConnectionStats> connections = proxy.connections();
        return new TransportResult(Transport.TCP, observations, summary, proxy.decisions(), 0, log.corrupt.get(),
                Optional.of(cost(connections)), cwnd(connections, traffic.clients(), startNanos - relayStartNanos), timing);
    }

    private static void awaitAccepted(TcpProxy proxy, long count) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (proxy.accepted() < count && System.nanoTime() - until < 0) {
            Pacer.waitUntil(System.nanoTime() + 1_000_000L, () -> false);
        }
    }

    private void send(Socket socket, int client, long startNanos) {
        try {
            OutputStream out = socket.getOutputStream();
            for (long seq = 0; seq < traffic.messages(); seq++) {
                if (!Pacer.waitUntil(startNanos + traffic.sendOffsetNanos(seq), stopped) || sendingOver(startNanos)) {
                    return;
                }
                long sentNanos = System.nanoTime() - startNanos;
                paced(traffic.sendOffsetNanos(seq), sentNanos);
                log.sent(client, seq, sentNanos);
                out.write(ProbeCodec.encodeLine(new Probe(client, seq, sentNanos, traffic.sizeBytes())));
            }
            out.flush();
        } catch (IOException e) {
            // the run is being stopped and the socket closed under the writer
        }
    }

    private static void receive(Socket socket, int client, MessageLog log, long startNanos) {
        LineFramer framer = new LineFramer(70_000);
        byte[] buffer = new byte[65_536];
        try {
            InputStream in = socket.getInputStream();
            int n;
            while ((n = in.read(buffer)) != -1) {
                long at = System.nanoTime() - startNanos;
                for (byte[] line : framer.accept(buffer, 0, n)) {
                    ProbeDecoding decoded = ProbeCodec.decodeLine(line);
                    if (decoded instanceof ProbeDecoding.Valid valid) {
                        log.arrived(valid.probe().client(), client, valid.probe().seq(), at);
                    } else {
                        log.corrupt.incrementAndGet(); // never expected over TCP: counted so a bug would show
                    }
                }
            }
        } catch (IOException e) {
            // closed at the end of the run
        }
    }

    /** Per connection and direction, then totals; the relay's fast path (no impairment) has no paths with costs. */
    static TcpCost cost(List<TcpConnectionStats> connections) {
        List<TcpCost.Path> paths = new ArrayList<>();
        long handshakeNanos = 0;
        for (TcpConnectionStats c : connections) {
            for (Direction d : Direction.values()) {
                TcpPathStats p = c.path(d);
                paths.add(new TcpCost.Path(c.flow(), d, p.retransmissions(), p.timeouts(), p.causes(),
                        p.stallNanos() / 1e6, p.longestStallNanos() / 1e6, p.timeoutWaitNanos() / 1e6));
            }
            handshakeNanos = Math.max(handshakeNanos, c.handshakeNanos());
        }
        return TcpCost.of(paths, handshakeNanos / 1e6);
    }

    /** The windows over time, moved from the relay's clock to the run's (they start {@code offsetNanos} apart). */
    private static List<CwndPoint> cwnd(List<TcpConnectionStats> connections, int clients, long offsetNanos) {
        List<CwndPoint> points = new ArrayList<>();
        for (TcpConnectionStats c : connections) {
            if (c.flow() >= clients) {
                continue;
            }
            for (Direction d : Direction.values()) {
                for (CwndPoint p : c.path(d).cwndTrace()) {
                    points.add(new CwndPoint(c.flow(), d, p.timeMs() - offsetNanos / 1e6, p.cwndBytes()));
                }
            }
        }
        return points;
    }
}
