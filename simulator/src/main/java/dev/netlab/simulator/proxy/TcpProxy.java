package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.result.TimingError;
import dev.netlab.simulator.capture.CaptureSummary;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.relay.tcp.TcpConnectionStats;
import dev.netlab.simulator.relay.tcp.TcpRelay;
import dev.netlab.simulator.relay.tcp.TcpRelayCounters;
import dev.netlab.simulator.relay.tcp.TcpRelayOptions;
import dev.netlab.simulator.relay.tcp.TcpRelayTotals;
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
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

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
    private final int maxConnections;

    private TcpProxy(ProxySpec spec, Impairments impairments, CsvTcpLedgerWriter tcpLedger, TcpRelay relay,
            boolean direct, int maxConnections) {
        this.maxConnections = maxConnections;
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

    /** Starts a proxy with the relay's default limits. */
    public static TcpProxy start(ProxySpec spec, TcpSettings settings, Optional<Path> tcpLedgerFile)
            throws IOException {
        return start(spec, settings, tcpLedgerFile, UnaryOperator.identity());
    }

    /**
     * Starts a proxy.
     *
     * @param settings    MSS, window, RTO and congestion control of the emulated TCP
     * @param tcpLedgerFile a CSV file for every TCP event (sent, lost, retransmitted, ...), if wanted
     * @param tuning      changes the relay's options (the most connections at once, ...) from their defaults
     * @throws PortInUseException if another program holds the listen port
     */
    public static TcpProxy start(ProxySpec spec, TcpSettings settings, Optional<Path> tcpLedgerFile,
            UnaryOperator<TcpRelayOptions> tuning) throws IOException {
        TcpRelayOptions options = tuning.apply(TcpRelayOptions.of(spec.listen(), spec.target()));
        Impairments impairments = Impairments.open(spec);
        CsvTcpLedgerWriter tcpCsv = null;
        boolean direct = spec.direct() && tcpLedgerFile.isEmpty();
        TcpRelay relay;
        try {
            tcpCsv = tcpLedgerFile.isEmpty() ? null
                    : new CsvTcpLedgerWriter(Files.newBufferedWriter(tcpLedgerFile.get(), StandardCharsets.UTF_8));
            relay = direct ? TcpRelay.start(options) : TcpRelay.start(options, impairments.engine, settings,
                    tcpCsv == null ? TcpLedgerSink.NONE : tcpCsv, impairments.segmentTap(), impairments.epochNanos);
        } catch (IOException | RuntimeException e) {
            impairments.close();
            if (tcpCsv != null) {
                tcpCsv.close();
            }
            throw e;
        }
        TcpProxy proxy = new TcpProxy(spec, impairments, tcpCsv, relay, direct, options.maxConnections());
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
        TcpRelayTotals t = relay.totals();
        return new TcpProxyStatus(totals(t, Direction.UPLINK), totals(t, Direction.DOWNLINK), t.openConnections(),
                relay.counters().refusedAtCap(), maxConnections);
    }

    @Override
    public TcpProxySummary summary() {
        TcpRelayTotals t = relay.totals();
        TcpRelayCounters c = relay.counters();
        return new TcpProxySummary(totals(t, Direction.UPLINK), totals(t, Direction.DOWNLINK),
                c.accepted(), c.closed(), c.resets(), c.connectFailures(), c.handshakeFailures(), c.relayErrors(),
                t.meanHandshakeMillis(), spec.seed(), direct,
                new TcpProxySummary.Limits(maxConnections, c.refusedAtCap(), c.acceptErrors(), c.loopErrors()));
    }

    @Override
    public CompletionStage<String> failure() {
        return relay.failure();
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

    private TcpTotals totals(TcpRelayTotals t, Direction d) {
        return TcpTotals.of(relay.counters().of(d), t.of(d));
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
    public Optional<CaptureSummary> capture() {
        return impairments.captureSummary();
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
