package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.scenario.Phase;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a proxy does: where it listens, where it forwards, the link of each direction, the seed of
 * every random decision, the phases that change the link over time and where the engine's
 * decisions go. Start from {@link #of} and change one thing at a time with the {@code with...}
 * methods.
 *
 * @param listen       the front address clients use; port 0 picks a free port
 * @param target       the server to forward to
 * @param uplink       client to server (default transparent)
 * @param downlink     server to client (default transparent)
 * @param seed         seeds every random decision (default 0)
 * @param phases       link changes over time, counted from the proxy's start (default none)
 * @param ledgerFile   a CSV file for the engine's decisions, written and closed by the proxy (default none)
 * @param ledgerSink   where the engine's decisions go when there is no file (default {@link LedgerSink#NONE})
 * @param emulateAlways true to send every packet through the engine even with nothing to do; by
 *        default a transparent link without phases or ledger is forwarded directly
 * @param phasesLater  true when the caller starts the phases itself ({@link Proxy#startPhases})
 * @param arrivalClock the arrival times a UDP proxy's engine decides on (default {@link ArrivalClock#REAL}, the
 *        real ones; a measured run gives emulated ones so its decisions repeat)
 */
public record ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
        long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
        boolean phasesLater, ArrivalClock arrivalClock) {

    /** Checks every part is given. */
    public ProxySpec {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(downlink, "downlink");
        phases = List.copyOf(phases);
        Objects.requireNonNull(ledgerFile, "ledgerFile");
        Objects.requireNonNull(ledgerSink, "ledgerSink");
        Objects.requireNonNull(arrivalClock, "arrivalClock");
    }

    /** The spec without an arrival clock of its own: real arrival times. */
    public ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
            long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
            boolean phasesLater) {
        this(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways, phasesLater,
                ArrivalClock.REAL);
    }

    /** A transparent proxy from {@code listen} to {@code target}: seed 0, no phases, no ledger. */
    public static ProxySpec of(InetSocketAddress listen, InetSocketAddress target) {
        return new ProxySpec(listen, target, LinkConfig.TRANSPARENT, LinkConfig.TRANSPARENT, 0, List.of(),
                Optional.empty(), LedgerSink.NONE, false, false);
    }

    /** The same link both ways. */
    public ProxySpec withLink(LinkConfig link) {
        return withLinks(link, link);
    }

    /** A link per direction. */
    public ProxySpec withLinks(LinkConfig uplink, LinkConfig downlink) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock);
    }

    /** Another seed. */
    public ProxySpec withSeed(long seed) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock);
    }

    /** Phases that change the link; outside them the link is {@link #uplink()} and {@link #downlink()}. */
    public ProxySpec withPhases(List<Phase> phases) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock);
    }

    /** The engine's decisions written to this CSV file. */
    public ProxySpec withLedgerFile(Path file) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, Optional.of(file), ledgerSink,
                emulateAlways, phasesLater, arrivalClock);
    }

    /** The engine's decisions given to this sink, which the caller closes. */
    public ProxySpec withLedgerSink(LedgerSink sink) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, sink, emulateAlways,
                phasesLater, arrivalClock);
    }

    /** As a measured run wants it: every packet through the engine, phases started by the caller. */
    public ProxySpec forRun() {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, true, true,
                arrivalClock);
    }

    /** The engine decides on these arrival times (see {@link ArrivalClock}); a TCP proxy ignores it. */
    public ProxySpec withArrivalClock(ArrivalClock clock) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, clock);
    }

    /** Whether the proxy has nothing to do to a packet and forwards it directly. */
    boolean direct() {
        return !emulateAlways && ledgerFile.isEmpty() && ledgerSink == LedgerSink.NONE && uplink.isTransparent()
                && downlink.isTransparent() && phases.isEmpty();
    }
}
