package dev.netlab.simulator.run;

import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.probe.Probe;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.probe.ProbeDecoding;
import dev.netlab.core.result.NotRelayed;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.simulator.net.KernelUdpDrops;
import dev.netlab.simulator.net.Pacer;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.UdpProxy;
import dev.netlab.simulator.proxy.UdpProxySummary;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * One UDP run: the real UDP server, a {@link UdpProxy} with the scenario's engine, and the
 * clients, each with its own socket. One thread sends every client's messages on schedule, client
 * by client, so the relay numbers the flows in client order; each client has a receiver thread.
 */
final class UdpTransportRun extends TransportRun<UdpProxy> {

    private final List<DatagramChannel> clients = new ArrayList<>();
    /** The kernel's drops on the server's and the clients' sockets, read just before each closes; empty where unknown. */
    private OptionalLong endpointKernelDrops = OptionalLong.of(0);
    private final ProbeArrivalClock clock;

    private UdpTransportRun(Scenario s, LedgerSink ledger, MessageJournal journal, RunListener listener,
            BooleanSupplier stopped) {
        super(Transport.UDP, s, ledger, journal, listener, stopped);
        this.clock = new ProbeArrivalClock(traffic);
    }

    /** A run not started yet ({@link TransportRun#run()} starts it): its capture, shared link or start line may be set first. */
    static UdpTransportRun of(Scenario s, LedgerSink ledger, MessageJournal journal, RunListener listener,
            BooleanSupplier stopped) {
        return new UdpTransportRun(s, ledger, journal, listener, stopped);
    }

    @Override
    Server startServer() throws IOException {
        UdpServer server = UdpServer.start(LOOPBACK, traffic.server());
        return new Server(server.address(), () -> {
            addKernelDrops(List.of(server.address().getPort()));
            server.close();
        });
    }

    @Override
    UdpProxy startProxy(ProxySpec spec) throws IOException {
        // The engine decides on when each datagram would have arrived on a quiet host, so its decisions repeat.
        return UdpProxy.start(spec.withArrivalClock(clock));
    }

    @Override
    void connectClients(UdpProxy proxy) throws IOException {
        for (int c = 0; c < traffic.clients(); c++) {
            DatagramChannel channel = DatagramChannel.open();
            clients.add(channel);
            channel.bind(LOOPBACK);
            channel.connect(proxy.address());
        }
    }

    @Override
    void exchange(long startNanos) throws IOException {
        clock.start(startNanos);
        for (int c = 0; c < traffic.clients(); c++) {
            int client = c;
            startThread("netlab-run-udp-client-" + c, () -> receive(clients.get(client), client, startNanos));
        }
        for (long seq = 0; seq < traffic.messages(); seq++) {
            if (!Pacer.waitUntil(startNanos + traffic.sendOffsetNanos(seq), stopped) || sendingOver(startNanos)) {
                return;
            }
            for (int c = 0; c < clients.size(); c++) {
                long sentNanos = System.nanoTime() - startNanos;
                paced(traffic.sendOffsetNanos(seq), sentNanos);
                byte[] message = ProbeCodec.encode(new Probe(c, seq, sentNanos, traffic.sizeBytes()));
                log.sent(c, seq, sentNanos);
                clients.get(c).write(ByteBuffer.wrap(message));
            }
            if (seq % 64 == 0) {
                listener.progress(Transport.UDP, log.sent.get(), log.replied.get());
            }
        }
    }

    @Override
    Duration drain() {
        return Drain.udp(scenario);
    }

    private void receive(DatagramChannel channel, int client, long startNanos) {
        ByteBuffer buffer = ByteBuffer.allocate(65_535);
        while (true) {
            buffer.clear();
            try {
                channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                continue; // e.g. ICMP port unreachable while the relay starts: the next may work
            }
            long at = System.nanoTime() - startNanos;
            ProbeDecoding decoded = ProbeCodec.decode(buffer.array(), 0, buffer.position());
            if (decoded instanceof ProbeDecoding.Valid valid) {
                log.arrived(valid.probe().client(), client, valid.probe().seq(), at);
            } else {
                log.corrupt.incrementAndGet(); // a damaged reply is useless to the application: it counts as lost
            }
        }
    }

    @Override
    void closeClients() throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (DatagramChannel channel : clients) {
            if (channel.isOpen()) {
                ports.add(((InetSocketAddress) channel.getLocalAddress()).getPort());
            }
        }
        addKernelDrops(ports);
        for (DatagramChannel channel : clients) {
            channel.close();
        }
    }

    @Override
    long inFlightWindowNanos() {
        return Drain.udp(scenario).toNanos();
    }

    @Override
    TransportResult result(UdpProxy proxy, List<Observation> observations, TransportSummary summary,
            TransportTiming timing) {
        UdpProxySummary totals = proxy.summary();
        // The relay's own drops (send errors are per direction) and the kernel's on every socket of the run:
        // the relay's, read as the proxy closed, and the server's and clients', read as they closed.
        long byTheRelay = totals.notRelayed().byTheRelay() + totals.uplink().sendErrors() + totals.downlink().sendErrors();
        OptionalLong relayKernel = totals.notRelayed().kernelDrops();
        OptionalLong kernel = relayKernel.isPresent() && endpointKernelDrops.isPresent()
                ? OptionalLong.of(relayKernel.getAsLong() + endpointKernelDrops.getAsLong()) : OptionalLong.empty();
        return new TransportResult(Transport.UDP, observations, summary, proxy.decisions(),
                totals.uplink().relayCap() + totals.downlink().relayCap(), log.corrupt.get(), Optional.empty(),
                List.of(), timing, new NotRelayed(byTheRelay, kernel));
    }

    /** Adds the kernel's drops on these local ports, or makes the count unknown where the system does not say. */
    private void addKernelDrops(List<Integer> ports) {
        Optional<Map<Integer, Long>> table = KernelUdpDrops.byPort();
        if (table.isEmpty() || endpointKernelDrops.isEmpty()) {
            endpointKernelDrops = OptionalLong.empty();
            return;
        }
        long sum = endpointKernelDrops.getAsLong();
        for (int port : ports) {
            sum += table.get().getOrDefault(port, 0L);
        }
        endpointKernelDrops = OptionalLong.of(sum);
    }
}
