package dev.netlab.reports.results;

import static dev.netlab.core.result.SummaryKeys.*;

import dev.netlab.core.result.TcpCost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCP part of {@code summary.json}: what TCP's reliability cost (docs/results.md, section "TCP")
 * and the TCP consistency check, whose books balance only when every retransmission has a cause and
 * nothing was lost.
 */
final class TcpSummaryJson {

    private TcpSummaryJson() {
    }

    /** The TCP keys of a transport object, totals first, then per connection and direction. */
    static void put(TcpCost cost, Map<String, Object> out) {
        out.put(RETRANSMISSIONS, cost.retransmissions());
        out.put(TIMEOUTS, cost.timeouts());
        out.put(RETRANSMISSION_CAUSES, causes(cost.causes()));
        out.put(HOL_WAIT_MS, cost.holWaitMs());
        out.put(LONGEST_HOL_WAIT_MS, cost.longestHolWaitMs());
        out.put(TIMEOUT_WAIT_MS, cost.timeoutWaitMs());
        out.put(HANDSHAKE_MS, cost.handshakeMs());
        List<Map<String, Object>> paths = new ArrayList<>();
        for (TcpCost.Path p : cost.paths()) {
            Map<String, Object> path = new LinkedHashMap<>();
            path.put(FLOW, p.flow());
            path.put(DIRECTION, p.direction().label());
            path.put(RETRANSMISSIONS, p.retransmissions());
            path.put(TIMEOUTS, p.timeouts());
            path.put(RETRANSMISSION_CAUSES, causes(p.causes()));
            path.put(HOL_WAIT_MS, p.holWaitMs());
            path.put(LONGEST_HOL_WAIT_MS, p.longestHolWaitMs());
            path.put(TIMEOUT_WAIT_MS, p.timeoutWaitMs());
            paths.add(path);
        }
        out.put(TCP_PATHS, paths);
    }

    static Map<String, Object> causes(TcpCost.Causes c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(REPAIRED_DROPS, c.repairedDrops());
        out.put(REPAIRED_LOST_RETRANSMISSIONS, c.repairedLostRetransmissions());
        out.put(SPURIOUS_FAST, c.spuriousFast());
        out.put(SPURIOUS_TIMEOUTS, c.spuriousTimeouts());
        out.put(LOST_TRANSMISSIONS, c.lostTransmissions());
        out.put(NEEDLESS_LOSSES, c.needlessLosses());
        out.put(UNREPAIRED_LOSSES, c.unrepairedLosses());
        return out;
    }

    /**
     * The TCP consistency check, added to {@code out}: ok when no message was lost, the causes add
     * up to the retransmissions and every lost transmission was repaired or needed none.
     *
     * @param lost messages the clients saw lost
     * @param inFlight messages still on their way when the run ended (stopped, or at the wait cap):
     *                 their transmissions may be lost and not yet repaired, which is then no fault
     * @return whether the books balance
     */
    static boolean consistency(TcpCost cost, long lost, long inFlight, Map<String, Object> out) {
        TcpCost.Causes c = cost.causes();
        out.put(RETRANSMISSIONS, cost.retransmissions());
        out.put(RETRANSMISSIONS_EXPLAINED, c.retransmissions());
        out.put(LOST_TRANSMISSIONS, c.lostTransmissions());
        out.put(UNREPAIRED_LOSSES, c.unrepairedLosses());
        boolean ok = lost == 0 && cost.balanced(inFlight);
        out.put(OK, ok);
        String because = explanation(cost, lost);
        if (inFlight > 0 && c.unrepairedLosses() != 0) {
            because += "; the run ended with " + count(inFlight, "message") + " in flight, so losses still awaiting"
                    + " their repair are no fault";
        }
        out.put(EXPLANATION, because);
        return ok;
    }

    /** One sentence saying where every retransmission came from, and why the check failed if it did. */
    static String explanation(TcpCost cost, long lost) {
        TcpCost.Causes c = cost.causes();
        StringBuilder s = new StringBuilder("TCP repairs every loss by retransmission, so nothing may be lost: ");
        s.append(count(cost.retransmissions(), "retransmission")).append(" = ")
                .append(count(c.repairedDrops(), "repaired drop")).append(" + ")
                .append(count(c.repairedLostRetransmissions(), "repaired lost retransmission")).append(" + ")
                .append(c.spuriousFast()).append(" spurious after duplicate ACKs + ")
                .append(c.spuriousTimeouts()).append(" spurious on the timer");
        if (c.retransmissions() != cost.retransmissions()) {
            s.append("; the causes add up to ").append(c.retransmissions()).append(", not ")
                    .append(cost.retransmissions());
        }
        if (c.unrepairedLosses() != 0) {
            s.append("; ").append(count(c.unrepairedLosses(), "lost transmission")).append(" never repaired");
        }
        if (lost != 0) {
            s.append("; ").append(count(lost, "message")).append(" lost");
        }
        return s.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
