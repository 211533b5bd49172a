package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.result.TimingError;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats;
import dev.netlab.simulator.relay.tcp.TcpRelay;
import dev.netlab.simulator.relay.tcp.TcpRelayCounters;
import dev.netlab.simulator.relay.tcp.TcpRelayOptions;
import dev.netlab.simulator.tcp.CsvTcpLedgerWriter;
import dev.netlab.simulator.tcp.TcpLedgerSink;
import dev.netlab.core.tcp.TcpSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A TCP proxy assembled from a {@link ProxySpec}: the impairment engine, its ledger, the TCP
 * ledger, the {@link TcpRelay} emulating TCP with the given settings, and the phase schedule.
 * With nothing to do (a transparent link, no phases, no ledgers) it copies bytes directly.
 */
public final class TcpProxy implements Proxy<TcpProxyStatus, TcpProxySummary> {

    private final ProxySpec spec;
    private final Impairments impairments;
    private final CsvTcpLedgerWriter tcpLedger;
    private final TcpRelay relay;
    private final boolean direct;

    private TcpProxy(ProxySpec spec, Impairments impairments, CsvTcpLedgerWriter tcpLedger, TcpRelay relay,
            boolean direct) {
        this.spec = spec;
        this.impairments = impairments;
        this.tcpLedger = tcpLedger;
        this.relay = relay;
        this.direct = direct;
    }

    /** Starts a proxy with the default TCP settings and no TCP ledger. */
    public static TcpProxy start(ProxySpec spec) throws IOException {
        return start(spec, TcpSettings.defaults(), Optional.empty());
    }

    /** Starts a proxy without a TCP ledger. */
    public static TcpProxy start(ProxySpec spec, TcpSettings settings) throws IOException {
        return start(spec, settings, Optional.empty());
    }

    /**
     * Starts a proxy.
     *
     * @param settings    MSS, window, RTO and congestion control of the emulated TCP
     * @param tcpLedgerFile a CSV file for every TCP event (sent, lost, retransmitted, ...), if wanted
     * @throws PortInUseException if another program holds the listen port
     */
    public static TcpProxy start(ProxySpec spec, TcpSettings settings, Optional<Path> tcpLedgerFile)
            throws IOException {
        TcpRelayOptions options = TcpRelayOptions.of(spec.listen(), spec.target());
        Impairments impairments = Impairments.open(spec);
        CsvTcpLedgerWriter tcpCsv = null;
        boolean direct = spec.direct() && tcpLedgerFile.isEmpty();
        TcpRelay relay;
        try {
            tcpCsv = tcpLedgerFile.isEmpty() ? null
                    : new CsvTcpLedgerWriter(Files.newBufferedWriter(tcpLedgerFile.get(), StandardCharsets.UTF_8));
            relay = direct ? TcpRelay.start(options) : TcpRelay.start(options, impairments.engine, settings,
                    tcpCsv == null ? TcpLedgerSink.NONE : tcpCsv);
        } catch (IOException | RuntimeException e) {
            impairments.close();
            if (tcpCsv != null) {
                tcpCsv.close();
            }
            throw e;
        }
        TcpProxy proxy = new TcpProxy(spec, impairments, tcpCsv, relay, direct);
        if (!spec.phasesLater()) {
            proxy.startPhases(System.nanoTime());
        }
        return proxy;
    }

    @Override
    public InetSocketAddress address() {
        return relay.address();
    }

    @Override
    public boolean direct() {
        return direct;
    }

    @Override
    public TcpProxyStatus status() {
        List<TcpConnectionStats> connections = relay.connections();
        return new TcpProxyStatus(totals(connections, Direction.UPLINK), totals(connections, Direction.DOWNLINK),
                connections.stream().filter(c -> !c.state().isFinal()).count());
    }

    @Override
    public TcpProxySummary summary() {
        List<TcpConnectionStats> connections = relay.connections();
        TcpRelayCounters c = relay.counters();
        double meanHandshakeMillis = connections.stream().mapToLong(TcpConnectionStats::handshakeNanos).average()
                .orElse(0) / 1e6;
        return new TcpProxySummary(totals(connections, Direction.UPLINK), totals(connections, Direction.DOWNLINK),
                c.accepted(), c.closed(), c.resets(), c.connectFailures(), c.handshakeFailures(), c.relayErrors(),
                meanHandshakeMillis, spec.seed(), direct);
    }

    /** Every connection in accept order, with what its emulated TCP did (see {@link TcpRelay#connections()}). */
    public List<TcpConnectionStats> connections() {
        return relay.connections();
    }

    /** Client connections accepted so far. */
    public long accepted() {
        return relay.counters().accepted();
    }

    @Override
    public LedgerCounters decisions() {
        return impairments.engine.counters();
    }

    private TcpTotals totals(List<TcpConnectionStats> connections, Direction d) {
        return TcpTotals.of(relay.counters().of(d), connections, d);
    }

    @Override
    public dev.netlab.core.rule.RuleSet rules() {
        return spec.rules();
    }

    @Override
    public java.util.List<Long> ruleHits() {
        return impairments.engine.ruleHits();
    }

    @Override
    public void startPhases(long startNanos) {
        impairments.startPhases(startNanos);
    }

    @Override
    public TimingError timerLateness() {
        return relay.timerLateness();
    }

    @Override
    public void close() {
        impairments.stopPhases();
        relay.close();
        impairments.close();
        if (tcpLedger != null) {
            tcpLedger.close();
        }
    }
}
