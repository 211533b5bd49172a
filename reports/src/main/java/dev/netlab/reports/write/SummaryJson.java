package dev.netlab.reports.write;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.engine.Theory;
import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Phase;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code summary.json} (as nested maps) from a run's result; the keys are in docs/results.md. */
final class SummaryJson {

    private SummaryJson() {
    }

    static Map<String, Object> of(RunResult run) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario(run.scenario()));
        root.put("partial", run.partial());
        Map<String, Object> transports = new LinkedHashMap<>();
        run.transports().forEach((t, r) -> transports.put(t.label(), transport(r, run.scenario())));
        root.put("transports", transports);
        return root;
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", s.name());
        out.put("description", s.description());
        out.put("seed", s.seed());
        out.put("profile", s.traffic().profile().label());
        out.put("clients", s.traffic().clients());
        out.put("messagesPerClient", s.traffic().messages());
        out.put("sizeBytes", s.traffic().sizeBytes());
        out.put("durationMs", s.traffic().sendingTime().toNanos() / 1e6);
        out.put("deadlineMs", s.traffic().deadline().map(d -> d.toNanos() / 1e6).orElse(null));
        out.put("server", s.traffic().server().label());
        Map<String, Object> resolved = ScenarioWriter.toMap(s);
        out.put("uplink", resolved.get("uplink"));
        out.put("downlink", resolved.get("downlink"));
        List<Map<String, Object>> phases = new ArrayList<>();
        for (Phase p : s.phases()) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("name", p.name());
            phase.put("fromMs", p.from().toNanos() / 1e6);
            phase.put("toMs", p.to().toNanos() / 1e6);
            phase.put("uplink", p.uplinkSettings());
            phase.put("downlink", p.downlinkSettings());
            phases.add(phase);
        }
        out.put("phases", phases);
        double up = Theory.lossRate(s.uplink().loss());
        double down = Theory.lossRate(s.downlink().loss());
        Map<String, Object> theory = new LinkedHashMap<>();
        theory.put("uplinkLossRate", up);
        theory.put("downlinkLossRate", down);
        theory.put("roundTripLossRate", 1 - (1 - up) * (1 - down));
        theory.put("meanRttMs", (Theory.meanDelayNanos(s.uplink().delay()) + Theory.meanDelayNanos(s.downlink().delay())) / 1e6);
        out.put("theory", theory);
        return out;
    }

    private static Map<String, Object> transport(TransportResult r, Scenario s) {
        TransportSummary m = r.summary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sent", m.sent());
        out.put("delivered", m.delivered());
        out.put("lost", m.lost());
        out.put("duplicates", m.duplicates());
        out.put("reordered", m.reordered());
        out.put("deliveryRatio", number(m.deliveryRatio()));
        out.put("deliveryRatioCi95", List.of(m.deliveryRatioCi95().low(), m.deliveryRatioCi95().high()));
        out.put("onTimeRatio", number(m.onTimeRatio()));
        out.put("rttMs", rtt(m.rttMs()));
        out.put("jitterMs", number(m.jitterMs()));
        out.put("reorderExtentMax", m.reorderExtentMax());
        out.put("goodputBps", number(m.goodputBps()));
        r.tcp().ifPresent(cost -> {
            out.put("retransmissions", cost.retransmissions());
            out.put("timeouts", cost.timeouts());
            out.put("stallMs", cost.stallMs());
            out.put("handshakeMs", cost.handshakeMs());
        });
        out.put("corruptReplies", r.corruptReplies());
        out.put("ledger", ledger(r.ledger(), r.relayCapDrops()));
        out.put("consistency", consistency(r, s));
        return out;
    }

    private static Map<String, Object> rtt(SampleSummary rtt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50", number(rtt.p50()));
        out.put("p90", number(rtt.p90()));
        out.put("p99", number(rtt.p99()));
        out.put("max", number(rtt.max()));
        out.put("mean", number(rtt.mean()));
        return out;
    }

    private static Map<String, Object> ledger(LedgerCounters ledger, long relayCapDrops) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Direction d : Direction.values()) {
            Map<String, Object> direction = new LinkedHashMap<>();
            for (Action a : Action.values()) {
                direction.put(camel(a.label()), ledger.count(d, a));
            }
            out.put(d.label(), direction);
        }
        out.put("relayCapDrops", relayCapDrops);
        return out;
    }

    /** Lost messages as the clients saw them against the drops the ledger recorded. */
    private static Map<String, Object> consistency(TransportResult r, Scenario s) {
        LedgerCounters l = r.ledger();
        long drops = 0;
        for (Direction d : Direction.values()) {
            drops += l.count(d, Action.DROPPED) + l.count(d, Action.QUEUE_DROP) + l.count(d, Action.DOWN);
        }
        long lost = r.summary().lost();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lostObserved", lost);
        out.put("ledgerDrops", drops + r.relayCapDrops());
        out.put("corruptReplies", r.corruptReplies());
        boolean ok;
        String explanation;
        if (r.tcp().isPresent()) {
            ok = lost == 0;
            explanation = "TCP repairs every drop by retransmission: nothing may be lost, the ledger's drops are its cost";
        } else {
            long explained = drops + r.relayCapDrops() + r.corruptReplies();
            out.put("lostExplainedByLedger", explained);
            boolean copies = !s.uplink().duplicate().probability().isZero() || !s.downlink().duplicate().probability().isZero();
            ok = copies ? lost <= explained : lost == explained;
            explanation = copies
                    ? "with duplication a dropped copy need not lose its message: lost must not exceed the drops"
                    : "each message crosses once each way: every lost message is one drop or one damaged reply";
        }
        out.put("ok", ok);
        out.put("explanation", explanation);
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
