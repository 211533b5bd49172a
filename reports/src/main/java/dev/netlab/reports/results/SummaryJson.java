package dev.netlab.reports.results;

import static dev.netlab.core.result.SummaryKeys.*;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.ClientShares;
import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.metrics.WilsonInterval;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Phase;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioWriter;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.Expectation;
import dev.netlab.core.theory.ScenarioTheory;
import dev.netlab.core.traffic.Traffic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Builds {@code summary.json} (as nested maps) from a run's result; the keys are
 * {@link dev.netlab.core.result.SummaryKeys}, documented in docs/results.md. A summary rebuilt from
 * an interrupted run's files ({@link RunRebuild}) is marked so, and its consistency checks are not
 * run: the counters they need died with the process.
 */
final class SummaryJson {

    private SummaryJson() {
    }

    static Map<String, Object> of(RunResult run) {
        return of(run, false, 0);
    }

    /**
     * The summary of a run; {@code interrupted} when rebuilt from the files of a run that was killed,
     * with {@code partialLinesDropped} torn last lines left out of them.
     */
    static Map<String, Object> of(RunResult run, boolean interrupted, int partialLinesDropped) {
        Expectation expected = ScenarioTheory.of(run.scenario());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(SCENARIO, scenario(run.scenario(), expected));
        root.put(PARTIAL, run.partial());
        root.put(INTERRUPTED, interrupted);
        if (interrupted) {
            root.put(PARTIAL_LINES_DROPPED, partialLinesDropped);
        }
        Map<String, Object> transports = new LinkedHashMap<>();
        run.transports().forEach((t, r) -> transports.put(t.label(), transport(r, run.scenario(), expected, interrupted)));
        root.put(TRANSPORTS, transports);
        return root;
    }

    private static Map<String, Object> scenario(Scenario s, Expectation expected) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(NAME, s.name());
        out.put(DESCRIPTION, s.description());
        out.put(SEED, s.seed());
        traffic(s.traffic(), out);
        out.put(SERVER, s.traffic().server().label());
        if (s.isConcurrent()) {
            // Each transport's own traffic; the keys above are the first transport's, as in a run in turn.
            Map<String, Object> each = new LinkedHashMap<>();
            s.transports().forEach(t -> each.put(t.label(), traffic(s.traffic(t), new LinkedHashMap<>())));
            out.put(CONCURRENT, each);
        }
        Map<String, Object> resolved = ScenarioWriter.toMap(s);
        out.put(UPLINK, resolved.get(UPLINK));
        out.put(DOWNLINK, resolved.get(DOWNLINK));
        List<Map<String, Object>> phases = new ArrayList<>();
        for (Phase p : s.phases()) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put(NAME, p.name());
            phase.put(FROM_MS, p.from().toNanos() / 1e6);
            phase.put(TO_MS, p.to().toNanos() / 1e6);
            phase.put(UPLINK, p.uplinkSettings());
            phase.put(DOWNLINK, p.downlinkSettings());
            phases.add(phase);
        }
        out.put(PHASES, phases);
        Map<String, Object> theory = new LinkedHashMap<>();
        theory.put(UPLINK_LOSS_RATE, expected.uplinkLossRate());
        theory.put(DOWNLINK_LOSS_RATE, expected.downlinkLossRate());
        theory.put(ROUND_TRIP_LOSS_RATE, expected.roundTripLossRate());
        theory.put(MEAN_RTT_MS, number(expected.meanRttMs()));
        theory.put(VARIANCE_INFLATION, expected.varianceInflation());
        out.put(THEORY, theory);
        return out;
    }

    /** The traffic keys of one transport (or of every transport in a run in turn), into {@code out}. */
    private static Map<String, Object> traffic(Traffic t, Map<String, Object> out) {
        out.put(PROFILE, t.profile().label());
        out.put(CLIENTS, t.clients());
        out.put(MESSAGES_PER_CLIENT, t.messages());
        out.put(SIZE_BYTES, t.sizeBytes());
        out.put(DURATION_MS, t.sendingTime().toNanos() / 1e6);
        out.put(DEADLINE_MS, t.deadline().map(d -> d.toNanos() / 1e6).orElse(null));
        return out;
    }

    private static Map<String, Object> transport(TransportResult r, Scenario s, Expectation expected,
            boolean interrupted) {
        TransportSummary m = r.summary();
        Map<String, Object> out = new LinkedHashMap<>();
        // In-flight messages (a stopped run) have no fate yet: not in messages.csv, not lost, not in the ratio.
        out.put(SENT, m.sent() + r.timing().inFlight());
        out.put(DELIVERED, m.delivered());
        out.put(LOST, m.lost());
        out.put(IN_FLIGHT, r.timing().inFlight());
        out.put(WAIT_CAP_REACHED, r.timing().waitCapReached());
        out.put(DUPLICATES, m.duplicates());
        out.put(REORDERED, m.reordered());
        out.put(DELIVERY_RATIO, number(m.deliveryRatio()));
        // UDP's losses follow the link's loss process, bursty ones included; TCP loses nothing by design,
        // so its interval is the plain Wilson one.
        WilsonInterval ci = r.transport() == Transport.TCP ? m.deliveryRatioCi95()
                : WilsonInterval.of(m.delivered(), m.sent(), WilsonInterval.DEFAULT_CONFIDENCE, expected.varianceInflation());
        out.put(DELIVERY_RATIO_CI95, List.of(ci.low(), ci.high()));
        out.put(ON_TIME_RATIO, number(m.onTimeRatio()));
        out.put(RTT_MS, rtt(m.rttMs()));
        out.put(JITTER_MS, number(m.jitterMs()));
        out.put(REORDER_EXTENT_MAX, m.reorderExtentMax());
        out.put(GOODPUT_BPS, number(m.goodputBps()));
        ClientShares shares = ClientShares.of(r.observations(), s.traffic(r.transport()).clients());
        out.put(CLIENT_GOODPUT_BPS, shares.goodputBps().stream().map(SummaryJson::number).toList());
        out.put(JAIN_INDEX, number(shares.jainIndex()));
        r.tcp().ifPresent(cost -> TcpSummaryJson.put(cost, out));
        out.put(CORRUPT_REPLIES, r.corruptReplies());
        out.put(SENDING_MS, number(r.timing().sendingMs()));
        out.put(TIMING, timing(r.timing()));
        out.put(LEDGER, ledger(r));
        out.put(CONSISTENCY, interrupted ? notChecked(r) : consistency(r, s));
        return out;
    }

    private static Map<String, Object> rtt(SampleSummary rtt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(P50, number(rtt.p50()));
        out.put(P90, number(rtt.p90()));
        out.put(P99, number(rtt.p99()));
        out.put(MAX, number(rtt.max()));
        out.put(MEAN, number(rtt.mean()));
        return out;
    }

    private static Map<String, Object> timing(TransportTiming t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(RELAY_LATE_MS, error(t.relayLateMs()));
        out.put(PACING_MS, error(t.pacingMs()));
        out.put(DISTURBED_THRESHOLD_MS, TransportTiming.DISTURBED_P99_MS);
        out.put(DISTURBED, t.disturbed());
        return out;
    }

    private static Map<String, Object> error(TimingError e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(COUNT, e.count());
        out.put(P50, number(e.p50Ms()));
        out.put(P99, number(e.p99Ms()));
        out.put(MAX, number(e.maxMs()));
        return out;
    }

    private static Map<String, Object> ledger(TransportResult r) {
        LedgerCounters ledger = r.ledger();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Direction d : Direction.values()) {
            Map<String, Object> direction = new LinkedHashMap<>();
            for (Action a : Action.values()) {
                direction.put(camel(a.label()), ledger.count(d, a));
            }
            out.put(d.label(), direction);
        }
        out.put(RELAY_CAP_DROPS, r.relayCapDrops());
        if (r.tcp().isEmpty()) {
            out.put(RELAY_DROPS, r.notRelayed().byTheRelay());
        }
        return out;
    }

    /** A rebuilt summary's consistency object: the counts, and why they were not checked. */
    private static Map<String, Object> notChecked(TransportResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(LOST_OBSERVED, r.summary().lost());
        out.put(LEDGER_DROPS, drops(r.ledger()) + r.relayCapDrops());
        out.put(EXPLANATION, "not checked: the run was interrupted, and the counts the check needs (damaged replies,"
                + " TCP's retransmissions and their causes) were lost with the process");
        return out;
    }

    private static long drops(LedgerCounters l) {
        long drops = 0;
        for (Direction d : Direction.values()) {
            drops += l.count(d, Action.DROPPED) + l.count(d, Action.QUEUE_DROP) + l.count(d, Action.DOWN);
        }
        return drops;
    }

    /** Lost messages as the clients saw them against the drops the ledger recorded. */
    private static Map<String, Object> consistency(TransportResult r, Scenario s) {
        long drops = drops(r.ledger());
        long lost = r.summary().lost();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(LOST_OBSERVED, lost);
        out.put(LEDGER_DROPS, drops + r.relayCapDrops() + r.notRelayed().byTheRelay());
        out.put(CORRUPT_REPLIES, r.corruptReplies());
        if (r.tcp().isPresent()) {
            TcpSummaryJson.consistency(r.tcp().get(), lost, r.timing().inFlight(), out);
            return out;
        }
        // The kernel's drops from full receive buffers (the relay's, the server's, the clients') never reached
        // the ledger, but each lost a message as surely.
        OptionalLong kernel = r.notRelayed().kernelDrops();
        long explained = drops + r.relayCapDrops() + r.notRelayed().total() + r.corruptReplies();
        out.put(LOST_EXPLAINED_BY_LEDGER, explained);
        out.put(KERNEL_DROPS, kernel.isPresent() ? kernel.getAsLong() : null);
        boolean copies = !s.uplink().duplicate().probability().isZero() || !s.downlink().duplicate().probability().isZero();
        // A stopped run: drops of messages still in flight are in the ledger but not (yet) lost.
        long inFlight = r.timing().inFlight();
        boolean ok = copies ? lost <= explained : lost <= explained && explained <= lost + inFlight;
        String explanation = copies
                ? "with duplication a dropped copy need not lose its message: lost must not exceed the drops"
                : "each message crosses once each way: every lost message is one drop or one damaged reply";
        if (inFlight > 0) {
            explanation += "; the run was stopped with " + inFlight + " in flight, whose drops may be in the ledger too";
        }
        if (kernel.isEmpty()) {
            explanation += "; drops in the kernel's socket buffers are unknown on this system (not counted)";
        } else if (kernel.getAsLong() > 0) {
            explanation += "; " + kernel.getAsLong() + " of the drops were the kernel's, from full socket receive buffers";
        }
        out.put(OK, ok);
        out.put(EXPLANATION, explanation);
        return out;
    }

    private static String camel(String label) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : label.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
