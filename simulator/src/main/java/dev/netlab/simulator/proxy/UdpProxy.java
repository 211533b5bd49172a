package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.result.TimingError;
import dev.netlab.simulator.capture.CaptureSummary;
import dev.netlab.simulator.net.PortInUseException;
import dev.netlab.simulator.relay.udp.UdpRelay;
import dev.netlab.simulator.relay.udp.UdpRelayCounters;
import dev.netlab.simulator.relay.udp.UdpRelayOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A UDP proxy assembled from a {@link ProxySpec}: the impairment engine, its ledger, the
 * {@link UdpRelay} and the phase schedule, started together and closed together.
 *
 * <pre>{@code
 * try (UdpProxy proxy = UdpProxy.start(ProxySpec.of(listen, server).withLink(lossy).withSeed(7))) {
 *     send(proxy.address(), ...);
 *     long lost = proxy.status().uplink().dropped();
 * }
 * }</pre>
 */
public final class UdpProxy implements Proxy<UdpProxyStatus, UdpProxySummary> {

    private final ProxySpec spec;
    private final Impairments impairments;
    private final UdpRelay relay;
    /** The kernel's drops, read just before the sockets close (they vanish with them); empty until then. */
    private volatile OptionalLong kernelDropsAtClose = OptionalLong.empty();
    /** Datagrams still delayed when the relay closed, which it discards; 0 until then. */
    private volatile int discardedAtStop;

    private UdpProxy(ProxySpec spec, Impairments impairments, UdpRelay relay) {
        this.spec = spec;
        this.impairments = impairments;
        this.relay = relay;
    }

    /** Starts a proxy with the relay's default limits. */
    public static UdpProxy start(ProxySpec spec) throws IOException {
        return start(spec, UnaryOperator.identity());
    }

    /**
     * Starts a proxy.
     *
     * @param tuning changes the relay's limits (idle timeout, queued bytes, ...) from their defaults
     * @throws PortInUseException if another program holds the listen port
     */
    public static UdpProxy start(ProxySpec spec, UnaryOperator<UdpRelayOptions> tuning) throws IOException {
        UdpRelayOptions options = tuning.apply(UdpRelayOptions.of(spec.listen(), spec.target())
                .withArrivalClock(spec.arrivalClock()));
        Impairments impairments = Impairments.open(spec);
        UdpRelay relay;
        try {
            relay = spec.direct() ? UdpRelay.start(options, impairments.ledger)
                    : UdpRelay.start(options.withTap(impairments.datagramTap()), impairments.engine,
                            impairments.ledger, impairments.epochNanos);
        } catch (IOException | RuntimeException e) {
            impairments.close();
            throw e;
        }
        UdpProxy proxy = new UdpProxy(spec, impairments, relay);
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
        return spec.direct();
    }

    @Override
    public UdpProxyStatus status() {
        return new UdpProxyStatus(totals(Direction.UPLINK), totals(Direction.DOWNLINK), relay.queuedDatagrams(),
                relay.openMappings(), notRelayed(relay.kernelDropsLately()));
    }

    @Override
    public UdpProxySummary summary() {
        return new UdpProxySummary(totals(Direction.UPLINK), totals(Direction.DOWNLINK),
                relay.counters().mappingsOpened(), spec.seed(), spec.direct(), notRelayed(kernelDropsAtClose),
                relay.mostMappingsAtOnce(), discardedAtStop);
    }

    private UdpProxySummary.NotRelayed notRelayed(OptionalLong kernelDrops) {
        UdpRelayCounters c = relay.counters();
        return new UdpProxySummary.NotRelayed(c.mappingLimitDrops(), c.handlingErrors(), c.serverUnreachable(),
                kernelDrops, c.noSocketDrops());
    }

    @Override
    public java.util.concurrent.CompletionStage<String> failure() {
        return relay.failure();
    }

    @Override
    public LedgerCounters decisions() {
        return impairments.engine.counters();
    }

    private UdpTotals totals(Direction d) {
        // Rule drops first: read after the counters, a drop between the two reads would make "loss" negative.
        long ruleDrops = impairments.engine.ruleDrops(d);
        return UdpTotals.of(relay.counters().of(d), impairments.engine.counters(), ruleDrops, d);
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
        kernelDropsAtClose = relay.kernelDrops();
        discardedAtStop = relay.queuedDatagrams();
        relay.close();
        impairments.close();
    }
}
