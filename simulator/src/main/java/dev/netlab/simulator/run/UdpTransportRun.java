package dev.netlab.simulator.run;

import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.probe.Probe;
import dev.netlab.core.probe.ProbeCodec;
import dev.netlab.core.probe.ProbeDecoding;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.simulator.relay.udp.UdpRelay;
import dev.netlab.simulator.relay.udp.UdpRelayOptions;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One UDP run: the real UDP server, the relay with the scenario's engine, and the clients, each
 * with its own socket. One thread sends every client's messages on schedule, client by client, so
 * the relay numbers the flows in client order; each client has a receiver thread.
 */
final class UdpTransportRun {

    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private UdpTransportRun() {
    }

    static TransportResult run(Scenario s, LedgerSink ledger, RunListener listener, BooleanSupplier stopped)
            throws IOException {
        Traffic traffic = s.traffic();
        MessageLog log = new MessageLog(traffic.clients(), traffic.messages());
        ImpairmentEngine engine = new ImpairmentEngine(s.seed(), s.uplink(), s.downlink(), ledger);
        List<DatagramChannel> clients = new ArrayList<>();
        List<Thread> receivers = new ArrayList<>();
        UdpRelay relay = null;
        listener.started(Transport.UDP, traffic.totalMessages());
        try (UdpServer server = UdpServer.start(LOOPBACK, traffic.server())) {
            relay = UdpRelay.start(UdpRelayOptions.of(LOOPBACK, server.address()), engine, ledger);
            for (int c = 0; c < traffic.clients(); c++) {
                DatagramChannel channel = DatagramChannel.open();
                clients.add(channel);
                channel.bind(LOOPBACK);
                channel.connect(relay.address());
            }
            long startNanos = System.nanoTime();
            for (int c = 0; c < traffic.clients(); c++) {
                int client = c;
                Thread receiver = new Thread(() -> receive(clients.get(client), client, log, startNanos),
                        "netlab-run-udp-client-" + c);
                receiver.setDaemon(true);
                receiver.start();
                receivers.add(receiver);
            }
            PhaseSchedule phases = PhaseSchedule.start(s, engine, startNanos);
            try {
                send(traffic, clients, log, startNanos, listener, stopped);
                long drainUntil = System.nanoTime() + Drain.udp(s).toNanos();
                while (!log.allReplied() && System.nanoTime() - drainUntil < 0 && !stopped.getAsBoolean()) {
                    Pacer.waitUntil(System.nanoTime() + 20_000_000L, stopped);
                    listener.progress(Transport.UDP, log.sent.get(), log.replied.get());
                }
            } finally {
                phases.close();
            }
        } finally {
            for (DatagramChannel channel : clients) {
                channel.close();
            }
            for (Thread receiver : receivers) {
                join(receiver);
            }
            if (relay != null) {
                relay.close();
            }
            listener.finished(Transport.UDP);
        }
        List<Observation> observations = log.observations(traffic.sizeBytes());
        long deadline = traffic.deadline().map(d -> d.toNanos()).orElse(Long.MAX_VALUE);
        return new TransportResult(Transport.UDP, observations, TransportSummary.of(observations, deadline),
                engine.counters(), relay.counters().uplink().queueOverflowDrops()
                        + relay.counters().downlink().queueOverflowDrops(),
                log.corrupt.get(), Optional.empty(), List.of());
    }

    private static void send(Traffic traffic, List<DatagramChannel> clients, MessageLog log, long startNanos,
            RunListener listener, BooleanSupplier stopped) throws IOException {
        for (long seq = 0; seq < traffic.messages(); seq++) {
            if (!Pacer.waitUntil(startNanos + traffic.sendOffsetNanos(seq), stopped)) {
                return;
            }
            for (int c = 0; c < clients.size(); c++) {
                long sentNanos = System.nanoTime() - startNanos;
                byte[] message = ProbeCodec.encode(new Probe(c, seq, sentNanos, traffic.sizeBytes()));
                log.sent(c, seq, sentNanos);
                clients.get(c).write(ByteBuffer.wrap(message));
            }
            if (seq % 64 == 0) {
                listener.progress(Transport.UDP, log.sent.get(), log.replied.get());
            }
        }
    }

    private static void receive(DatagramChannel channel, int client, MessageLog log, long startNanos) {
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

    static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
