package dev.netlab.core.result;

import dev.netlab.core.engine.Direction;
import java.util.List;
import java.util.Objects;

/**
 * What TCP's reliability cost in one run: totals over its connections and both directions, and the
 * same per connection and direction. Definitions in docs/results.md, section "TCP".
 *
 * @param retransmissions    segments sent again, for any reason
 * @param timeouts           retransmission timer expiries
 * @param handshakeMs        the longest emulated handshake of the run's connections
 * @param causes             why the segments were sent again, summed over paths
 * @param holWaitMs          head-of-line wait: time a receiver held data behind a hole, summed over paths
 * @param longestHolWaitMs   the longest single head-of-line wait of any path
 * @param timeoutWaitMs      time lost to retransmission timeouts: the expired timers' lengths, summed
 * @param paths              the same per connection (flow) and direction, in flow then direction order
 */
public record TcpCost(long retransmissions, long timeouts, double handshakeMs, Causes causes, double holWaitMs,
        double longestHolWaitMs, double timeoutWaitMs, List<Path> paths) {

    /** Checks the parts are given and copies the list. */
    public TcpCost {
        Objects.requireNonNull(causes, "causes");
        paths = List.copyOf(paths);
    }

    /**
     * Why segments were sent again, and what became of lost transmissions. Every retransmission has
     * exactly one cause: {@code repairedDrops + repairedLostRetransmissions + spuriousFast +
     * spuriousTimeouts} is the number of retransmissions.
     *
     * @param repairedDrops               retransmissions of a segment whose first transmission was lost
     *                                    (dropped or corrupted) and resent for the first time
     * @param repairedLostRetransmissions retransmissions of a segment whose earlier retransmission was lost too
     * @param spuriousFast                fast or partial-ACK retransmissions of a segment that was not lost
     *                                    (duplicate ACKs caused by reordering, jitter or duplicated copies)
     * @param spuriousTimeouts            timer retransmissions of a segment that was not lost (the timer
     *                                    fired before its copy or its ACK arrived)
     * @param lostTransmissions           data transmissions of which no good copy reached the receiver
     * @param needlessLosses              lost transmissions of segments the receiver got anyway (a lost
     *                                    spurious retransmission): nothing to repair
     */
    public record Causes(long repairedDrops, long repairedLostRetransmissions, long spuriousFast,
            long spuriousTimeouts, long lostTransmissions, long needlessLosses) {

        /** No retransmission, no loss. */
        public static final Causes NONE = new Causes(0, 0, 0, 0, 0, 0);

        /** Retransmissions that repaired a loss. */
        public long repairs() {
            return repairedDrops + repairedLostRetransmissions;
        }

        /** Retransmissions of segments that were not lost. */
        public long spurious() {
            return spuriousFast + spuriousTimeouts;
        }

        /** All retransmissions, summed over their causes. */
        public long retransmissions() {
            return repairs() + spurious();
        }

        /** Lost transmissions not (yet) repaired: lost minus repaired minus needless; 0 once every byte arrived. */
        public long unrepairedLosses() {
            return lostTransmissions - repairs() - needlessLosses;
        }

        /** The sum of two counts, cause by cause. */
        public Causes plus(Causes other) {
            return new Causes(repairedDrops + other.repairedDrops,
                    repairedLostRetransmissions + other.repairedLostRetransmissions, spuriousFast + other.spuriousFast,
                    spuriousTimeouts + other.spuriousTimeouts, lostTransmissions + other.lostTransmissions,
                    needlessLosses + other.needlessLosses);
        }
    }

    /**
     * One direction of one connection.
     *
     * @param flow             the connection's flow number (client order, from 0)
     * @param direction        the data's direction
     * @param retransmissions  segments sent again
     * @param timeouts         timer expiries
     * @param causes           why they were sent again
     * @param holWaitMs        head-of-line wait, total
     * @param longestHolWaitMs the longest single head-of-line wait
     * @param timeoutWaitMs    time lost to retransmission timeouts
     */
    public record Path(int flow, Direction direction, long retransmissions, long timeouts, Causes causes,
            double holWaitMs, double longestHolWaitMs, double timeoutWaitMs) {

        /** Checks the parts are given. */
        public Path {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(causes, "causes");
        }
    }

    /** Totals of the given paths, with the run's longest handshake. */
    public static TcpCost of(List<Path> paths, double handshakeMs) {
        long retransmissions = 0;
        long timeouts = 0;
        Causes causes = Causes.NONE;
        double hol = 0;
        double longest = 0;
        double timeoutWait = 0;
        for (Path p : paths) {
            retransmissions += p.retransmissions();
            timeouts += p.timeouts();
            causes = causes.plus(p.causes());
            hol += p.holWaitMs();
            longest = Math.max(longest, p.longestHolWaitMs());
            timeoutWait += p.timeoutWaitMs();
        }
        return new TcpCost(retransmissions, timeouts, handshakeMs, causes, hol, longest, timeoutWait, paths);
    }

    /** Whether the books balance: every retransmission has one cause and every lost transmission was repaired. */
    public boolean balanced() {
        return causes.retransmissions() == retransmissions && causes.unrepairedLosses() == 0;
    }

    /**
     * Whether the books balance for a run that ended with {@code inFlight} messages on their way
     * (stopped, or at the wait cap): then a lost transmission may still await its repair, so only
     * the causes must add up.
     */
    public boolean balanced(long inFlight) {
        return balanced() || inFlight > 0 && causes.retransmissions() == retransmissions;
    }
}
