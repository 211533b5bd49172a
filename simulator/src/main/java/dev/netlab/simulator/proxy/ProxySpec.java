package dev.netlab.simulator.proxy;

import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.SharedLink;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.scenario.Phase;
import dev.netlab.simulator.capture.CaptureSpec;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

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
 * @param rules        targeted faults, acting before the random impairments (default {@link RuleSet#NONE})
 * @param capture      a pcapng capture of every packet and its fate (default none); a capture sends
 *        every packet through the engine
 * @param sharedLink   the link whose rate queues the engine shares with other proxies' engines (UDP and TCP
 *        crossing one link at once); default none: the engine's queues are its own
 * @param clockZeroNanos where the engine's and the relay's clock (and so the ledger's times) start on
 *        {@code System.nanoTime()}, at or before the proxy's start; default empty: when the proxy starts.
 *        Proxies on one {@link SharedLink} given one zero write ledgers on one clock
 */
public record ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
        long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
        boolean phasesLater, ArrivalClock arrivalClock, RuleSet rules, Optional<CaptureSpec> capture,
        Optional<SharedLink> sharedLink, OptionalLong clockZeroNanos) {

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
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(sharedLink, "sharedLink");
        Objects.requireNonNull(clockZeroNanos, "clockZeroNanos");
    }

    /** The spec with its clock starting when the proxy starts. */
    public ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
            long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
            boolean phasesLater, ArrivalClock arrivalClock, RuleSet rules, Optional<CaptureSpec> capture,
            Optional<SharedLink> sharedLink) {
        this(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways, phasesLater,
                arrivalClock, rules, capture, sharedLink, OptionalLong.empty());
    }

    /** The spec with the engine's queues its own. */
    public ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
            long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
            boolean phasesLater, ArrivalClock arrivalClock, RuleSet rules, Optional<CaptureSpec> capture) {
        this(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways, phasesLater,
                arrivalClock, rules, capture, Optional.empty());
    }

    /** The spec with real arrival times and without rules. */
    public ProxySpec(InetSocketAddress listen, InetSocketAddress target, LinkConfig uplink, LinkConfig downlink,
            long seed, List<Phase> phases, Optional<Path> ledgerFile, LedgerSink ledgerSink, boolean emulateAlways,
            boolean phasesLater) {
        this(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways, phasesLater,
                ArrivalClock.REAL, RuleSet.NONE, Optional.empty());
    }

    /** Targeted faults that act before the random impairments. */
    public ProxySpec withRules(RuleSet rules) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
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
                phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** Another seed. */
    public ProxySpec withSeed(long seed) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** Phases that change the link; outside them the link is {@link #uplink()} and {@link #downlink()}. */
    public ProxySpec withPhases(List<Phase> phases) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** The engine's decisions written to this CSV file. */
    public ProxySpec withLedgerFile(Path file) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, Optional.of(file), ledgerSink,
                emulateAlways, phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** The engine's decisions given to this sink, which the caller closes. */
    public ProxySpec withLedgerSink(LedgerSink sink) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, sink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** As a measured run wants it: every packet through the engine, phases started by the caller. */
    public ProxySpec forRun() {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, true, true,
                arrivalClock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** The engine decides on these arrival times (see {@link ArrivalClock}); a TCP proxy ignores it. */
    public ProxySpec withArrivalClock(ArrivalClock clock) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, clock, rules, capture, sharedLink, clockZeroNanos);
    }

    /** Every packet and its fate written to a pcapng capture. */
    public ProxySpec withCapture(CaptureSpec capture) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, Optional.of(capture), sharedLink, clockZeroNanos);
    }

    /**
     * The engine's shared rate queues are {@code link}'s, which other proxies' engines use too: their
     * flows wait in one queue per direction for one rate ({@link SharedLink}).
     */
    public ProxySpec withSharedLink(SharedLink link) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, Optional.of(link), clockZeroNanos);
    }

    /**
     * The engine's and the relay's clock start at {@code nanos} on {@code System.nanoTime()} (at or before the
     * proxy's start) rather than at its start: proxies given one zero write their ledgers on one clock.
     */
    public ProxySpec withClockZero(long nanos) {
        return new ProxySpec(listen, target, uplink, downlink, seed, phases, ledgerFile, ledgerSink, emulateAlways,
                phasesLater, arrivalClock, rules, capture, sharedLink, OptionalLong.of(nanos));
    }

    /** Whether the proxy has nothing to do to a packet and forwards it directly. */
    boolean direct() {
        return !emulateAlways && ledgerFile.isEmpty() && ledgerSink == LedgerSink.NONE && uplink.isTransparent()
                && downlink.isTransparent() && phases.isEmpty() && rules.isEmpty()
                && capture.isEmpty();
    }
}
