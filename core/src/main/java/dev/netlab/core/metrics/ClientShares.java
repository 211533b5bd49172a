package dev.netlab.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the clients shared what was delivered: each client's goodput over the transport's common
 * window (first send of any client to last arrival of any), so the clients' figures add up to the
 * transport's goodput, and Jain's fairness index over them (R. Jain, D. Chiu, W. Hawe, "A
 * Quantitative Measure of Fairness and Discrimination for Resource Allocation in Shared Computer
 * Systems", DEC-TR-301, 1984): {@code J = (Σ x)² / (n · Σ x²)}, 1 when every client got the same,
 * {@code 1/n} when one got everything. A client that got nothing counts, with 0.
 *
 * @param goodputBps each client's delivered payload bits per second, by client number from 0
 * @param jainIndex  Jain's index over {@code goodputBps}; NaN when nothing was delivered at all
 */
public record ClientShares(List<Double> goodputBps, double jainIndex) {

    /** Copies the list. */
    public ClientShares {
        goodputBps = List.copyOf(goodputBps);
    }

    /**
     * The shares of {@code clients} clients (numbered from 0) in these observations.
     *
     * @throws IllegalArgumentException when an observation names a client outside 0 to clients − 1
     */
    public static ClientShares of(List<Observation> observations, int clients) {
        Objects.requireNonNull(observations, "observations");
        long[] payload = new long[clients];
        long firstSend = Long.MAX_VALUE;
        long lastReceive = Long.MIN_VALUE;
        for (Observation o : observations) {
            if (o.client() < 0 || o.client() >= clients) {
                throw new IllegalArgumentException("client " + o.client() + " outside 0 to " + (clients - 1));
            }
            firstSend = Math.min(firstSend, o.sendNanos());
            if (o.isDelivered()) {
                payload[o.client()] += o.payloadBytes();
                lastReceive = Math.max(lastReceive, o.arrival().orElseThrow().receiveNanos());
            }
        }
        List<Double> rates = new ArrayList<>(clients);
        for (long bytes : payload) {
            rates.add(lastReceive == Long.MIN_VALUE ? 0 : Goodput.bitsPerSecond(bytes, firstSend, lastReceive));
        }
        return new ClientShares(rates, jain(rates));
    }

    /** Jain's index of these amounts: {@code (Σ x)² / (n · Σ x²)}; NaN for none or all zero. */
    public static double jain(List<Double> amounts) {
        double sum = 0;
        double squares = 0;
        for (double x : amounts) {
            sum += x;
            squares += x * x;
        }
        return squares == 0 ? Double.NaN : sum * sum / (amounts.size() * squares);
    }
}
