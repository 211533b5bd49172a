package dev.netlab.core.metrics;

/**
 * How many messages met a deadline, as a game or a call would judge it: a message that arrives
 * after its deadline is as useless as a lost one. Which latency is judged (one-way or round trip)
 * is the caller's choice; {@link TransportSummary} uses the round trip.
 *
 * @param sent messages sent
 * @param onTime delivered with latency at most the deadline
 * @param late delivered, but after the deadline
 */
public record OnTimeDelivery(long sent, long onTime, long late) {

    /** Checks the counts fit in what was sent. */
    public OnTimeDelivery {
        if (sent < 0 || onTime < 0 || late < 0 || onTime + late > sent) {
            throw new IllegalArgumentException("need 0 <= on time + late <= sent: sent " + sent
                    + ", on time " + onTime + ", late " + late);
        }
    }

    /**
     * Judges the delivered messages.
     *
     * @param sent messages sent
     * @param latenciesNanos the latency of each delivered message (first copy only)
     * @param deadlineNanos the deadline, 0 or more; a latency equal to it is on time
     */
    public static OnTimeDelivery of(long sent, long[] latenciesNanos, long deadlineNanos) {
        if (deadlineNanos < 0) {
            throw new IllegalArgumentException("deadline must be 0 or more: " + deadlineNanos + "ns");
        }
        long onTime = 0;
        for (long latency : latenciesNanos) {
            if (latency <= deadlineNanos) {
                onTime++;
            }
        }
        return new OnTimeDelivery(sent, onTime, latenciesNanos.length - onTime);
    }

    /** Sent but never delivered. */
    public long lost() {
        return sent - onTime - late;
    }

    /** On time / sent; NaN when nothing was sent. */
    public double onTimeRatio() {
        return sent == 0 ? Double.NaN : (double) onTime / sent;
    }
}
