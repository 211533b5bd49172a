package dev.netlab.reports.text;

import dev.netlab.core.metrics.Observation;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.DataRate;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.TrafficInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the transports of a concurrent run shared the one link they crossed at once: per transport the
 * offered rate against the delivered rate (goodput) and the share of the offered payload delivered, the
 * rates as shares of the link's rate, and the sentence
 * that says it (docs/results.md, "Sharing one link: UDP and TCP at once"). Built from a run's result (the
 * console) or from its files (the report), with the same numbers.
 *
 * @param flows    one per transport, in the order they are listed
 * @param linkBps  the link's rate in bits per second: the lower of the two directions' {@code rate}; NaN
 *                 when neither direction has one
 */
public record LinkShare(List<Flow> flows, double linkBps) {

    /**
     * One transport's traffic on the link.
     *
     * @param transport   UDP or TCP
     * @param traffic     its profile and clients in words, for example {@code cbr, 1 client}
     * @param bulk        whether the sender always had data (profile {@code bulk} or {@code file}): then the
     *                    offered rate is what the transport took from it, not a set rate
     * @param offeredBps  payload of every message sent × 8 ÷ the transport's planned sending time
     * @param deliveredBps the transport's {@code goodputBps}: delivered payload over the time from the first
     *                    send to the last reply
     * @param deliveredOfOffered payload delivered ÷ payload sent: a share of bytes, with no time in it, so a last
     *                    reply seconds late behind a bloated queue does not pass for loss ({@code deliveryRatio}
     *                    for one message size); NaN when nothing was sent
     */
    public record Flow(Transport transport, String traffic, boolean bulk, double offeredBps, double deliveredBps,
            double deliveredOfOffered) {
    }

    /** Copies the list. */
    public LinkShare {
        flows = List.copyOf(flows);
    }

    /** Whether a profile keeps its sender always busy, so its goodput is a capacity: {@code file} and {@code bulk}. */
    public static boolean bulk(String profile) {
        try {
            Profile p = Profile.parse(profile);
            return p.fileBytes() > 0 || p.stopsAtEnd();
        } catch (IllegalArgumentException unknownOrEmpty) {
            return false;
        }
    }

    /** The share of a run's result, as the console shows it. */
    public static LinkShare of(RunResult run) {
        Scenario s = run.scenario();
        List<Flow> flows = new ArrayList<>();
        for (TransportResult r : run.transports().values()) {
            Traffic t = s.traffic(r.transport());
            long bytes = r.observations().stream().mapToLong(Observation::payloadBytes).sum();
            long delivered = r.observations().stream().filter(Observation::isDelivered)
                    .mapToLong(Observation::payloadBytes).sum();
            flows.add(new Flow(r.transport(), new TrafficInfo(t.profile().label(), t.clients(), 0, Double.NaN).words(),
                    bulk(t.profile().label()), offered(bytes, t.sendingTime().toNanos() / 1e6), r.summary().goodputBps(),
                    share(delivered, bytes)));
        }
        return new LinkShare(flows, linkBps(s.uplinkSettings(), s.downlinkSettings()));
    }

    /** The share of a run's files, as the report shows it. */
    public static LinkShare of(RunResults r) {
        List<Flow> flows = new ArrayList<>();
        for (Transport t : r.transports()) {
            TrafficInfo traffic = r.scenario().traffic(t);
            long bytes = r.messagesOf(t).stream().mapToLong(MessageRow::sizeBytes).sum();
            long delivered = r.messagesOf(t).stream().filter(MessageRow::delivered).mapToLong(MessageRow::sizeBytes).sum();
            flows.add(new Flow(t, traffic.words(), bulk(traffic.profile()), offered(bytes, traffic.durationMs()),
                    r.summaries().get(t).goodputBps(), share(delivered, bytes)));
        }
        return new LinkShare(flows, linkBps(r.scenario().uplink(), r.scenario().downlink()));
    }

    private static double share(long delivered, long sent) {
        return sent > 0 ? (double) delivered / sent : Double.NaN;
    }

    private static double offered(long bytes, double durationMs) {
        return durationMs > 0 ? bytes * 8 / (durationMs / 1000) : Double.NaN;
    }

    /** The lower of the two directions' {@code rate} in bits per second (an echo carries the same bytes each way). */
    static double linkBps(Map<String, String> uplink, Map<String, String> downlink) {
        double lowest = Double.NaN;
        for (Map<String, String> link : List.of(uplink, downlink)) {
            String rate = link.get("rate");
            try {
                double bps = rate == null ? Double.NaN : DataRate.parse(rate).bitsPerSecond();
                lowest = Double.isNaN(lowest) || bps < lowest ? bps : lowest;
            } catch (IllegalArgumentException unreadable) {
                // A file edited by hand: the share of the link is then not shown.
            }
        }
        return lowest;
    }

    /** Whether the link has a rate, so shares of it mean something. */
    public boolean hasRate() {
        return !Double.isNaN(linkBps) && linkBps > 0;
    }

    /** {@code bps} as a share of the link; NaN without a rate. */
    public double ofLink(double bps) {
        return hasRate() ? bps / linkBps : Double.NaN;
    }

    /**
     * "UDP and TCP shared the 2 Mbit/s link at once: UDP delivered 98.8% of its 1.60 Mbit/s offered
     * (1.58 Mbit/s, 79% of the link); TCP, sending all it could, got 316.8 kbit/s (16% of the link). Together
     * they had 95% of it." Each flow's rates in the unit of its larger figure.
     */
    public String sentence() {
        StringBuilder s = new StringBuilder(String.join(" and ", flows.stream().map(f -> f.transport().name()).toList()));
        s.append(hasRate() ? " shared the " + Unit.of(linkBps).link(linkBps) + " link at once: "
                : " crossed the link at once (it has no rate, so they did not compete for it): ");
        List<String> parts = new ArrayList<>();
        for (Flow f : flows) {
            // Each flow's figures in one unit, its own: a 64 kbit/s call beside a 1.6 Mbit/s stream stays readable.
            Unit unit = Unit.of(Math.max(nonNaN(f.offeredBps()), nonNaN(f.deliveredBps())));
            String link = hasRate() ? pct(ofLink(f.deliveredBps())) + " of the link" : "";
            parts.add(f.bulk()
                    ? f.transport().name() + ", sending all it could, got " + unit.with(f.deliveredBps())
                            + (link.isEmpty() ? "" : " (" + link + ")")
                    : f.transport().name() + " delivered " + Numbers.percent(f.deliveredOfOffered()) + " of its "
                            + unit.with(f.offeredBps()) + " offered (" + unit.with(f.deliveredBps())
                            + (link.isEmpty() ? "" : ", " + link) + ")");
        }
        s.append(String.join("; ", parts)).append('.');
        if (hasRate()) {
            s.append(" Together they had ").append(pct(ofLink(flows.stream().mapToDouble(Flow::deliveredBps)
                    .filter(d -> !Double.isNaN(d)).sum()))).append(" of it.");
        }
        return s.toString();
    }

    private static double nonNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    /** A whole percentage, for shares of the link: {@code 16%}. */
    static String pct(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    /** A rate unit for the figures of one flow (or the link), so the two figures it compares read at a glance. */
    private record Unit(double scale, String name, String format) {
        /** Mbit/s with two decimals from 1 Mbit/s up, else kbit/s with one. */
        static Unit of(double bps) {
            return bps >= 1e6 ? new Unit(1e6, "Mbit/s", "%.2f") : new Unit(1e3, "kbit/s", "%.1f");
        }

        String bare(double bps) {
            return Double.isNaN(bps) ? "–" : String.format(Locale.ROOT, format, bps / scale);
        }

        String with(double bps) {
            return bare(bps) + " " + name;
        }

        /** The link's rate, without decimals when it is a whole number of the unit: "2 Mbit/s". */
        String link(double bps) {
            double v = bps / scale;
            return (v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : bare(bps)) + " " + name;
        }
    }
}
