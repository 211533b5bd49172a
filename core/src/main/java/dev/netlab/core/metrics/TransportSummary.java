package dev.netlab.core.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One transport's run in the numbers the report compares, computed from per-message
 * {@link Observation}s. Latency is receive minus send of each message's first copy: the round
 * trip, since the lab's clients time their own echo.
 *
 * <p>Streams are per client: reordering (RFC 4737) is measured on each client's own sequence and
 * the counts are summed; jitter (RFC 3550) is computed for each client over its arrivals in
 * arrival order, then the per-client values are averaged with equal weight over clients with at
 * least two arrivals. Mixing clients into one stream would call interleaving "reordering".
 * Values that cannot be measured (a ratio of nothing, jitter of one packet) are NaN.
 *
 * @param sent messages sent
 * @param delivered messages whose first copy arrived
 * @param lost sent minus delivered
 * @param duplicates extra copies received
 * @param reordered RFC 4737 reordered packets, summed over clients
 * @param deliveryRatio delivered / sent
 * @param deliveryRatioCi95 95% Wilson interval of the delivery ratio
 * @param onTimeRatio delivered within the deadline / sent
 * @param rttMs round-trip time summary in milliseconds
 * @param jitterMs RFC 3550 jitter in milliseconds, mean over clients
 * @param reorderExtentMax largest RFC 4737 reordering extent of any client; 0 if none
 * @param goodputBps delivered payload bits per second from the first send to the last arrival
 */
public record TransportSummary(long sent, long delivered, long lost, long duplicates, long reordered,
        double deliveryRatio, WilsonInterval deliveryRatioCi95, double onTimeRatio, SampleSummary rttMs,
        double jitterMs, int reorderExtentMax, double goodputBps) {

    private static final double MS_PER_NANO = 1e-6;

    private record MessageId(int client, long seq) {
    }

    /**
     * Summarises a run.
     *
     * @param observations one per message sent, any order; a (client, seq) pair at most once
     * @param deadlineNanos round-trip deadline for {@link #onTimeRatio()}
     */
    public static TransportSummary of(List<Observation> observations, long deadlineNanos) {
        Set<MessageId> ids = new HashSet<>();
        for (Observation o : observations) {
            if (!ids.add(new MessageId(o.client(), o.seq()))) {
                throw new IllegalArgumentException("message observed twice: client " + o.client() + ", seq " + o.seq());
            }
        }
        List<Observation> arrived = observations.stream()
                .filter(Observation::isDelivered)
                .sorted(Comparator.comparingLong(o -> o.arrival().orElseThrow().index()))
                .collect(Collectors.toList());
        long sent = observations.size();
        long delivered = arrived.size();
        long[] rttNanos = arrived.stream().mapToLong(o -> o.latencyNanos().orElseThrow()).toArray();

        long reordered = 0;
        int extentMax = 0;
        List<Double> jitters = new ArrayList<>();
        Map<Integer, List<Observation>> byClient = arrived.stream()
                .collect(Collectors.groupingBy(Observation::client, TreeMap::new, Collectors.toList()));
        for (List<Observation> stream : byClient.values()) {
            Reordering r = Reordering.of(stream.stream().mapToLong(Observation::seq).toArray());
            reordered += r.reordered();
            extentMax = Math.max(extentMax, r.maxExtent());
            double jitterNanos = InterarrivalJitter.nanos(
                    stream.stream().mapToLong(Observation::sendNanos).toArray(),
                    stream.stream().mapToLong(o -> o.arrival().orElseThrow().receiveNanos()).toArray());
            if (!Double.isNaN(jitterNanos)) {
                jitters.add(jitterNanos);
            }
        }
        double jitterMs = jitters.isEmpty() ? Double.NaN
                : jitters.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * MS_PER_NANO;

        double goodput = 0;
        if (!arrived.isEmpty()) {
            long payload = arrived.stream().mapToLong(Observation::payloadBytes).sum();
            long firstSend = observations.stream().mapToLong(Observation::sendNanos).min().orElseThrow();
            long lastReceive = arrived.stream().mapToLong(o -> o.arrival().orElseThrow().receiveNanos()).max().orElseThrow();
            goodput = Goodput.bitsPerSecond(payload, firstSend, lastReceive);
        }

        return new TransportSummary(sent, delivered, sent - delivered,
                observations.stream().mapToLong(Observation::duplicates).sum(), reordered,
                sent == 0 ? Double.NaN : (double) delivered / sent,
                WilsonInterval.of(delivered, sent),
                OnTimeDelivery.of(sent, rttNanos, deadlineNanos).onTimeRatio(),
                SampleSummary.ofNanos(rttNanos).scaled(MS_PER_NANO),
                jitterMs, extentMax, goodput);
    }
}
