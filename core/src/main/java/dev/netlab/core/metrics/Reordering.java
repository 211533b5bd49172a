package dev.netlab.core.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RFC 4737 packet reordering of one stream (one client's sequence), from the sequence numbers in
 * the order they arrived.
 *
 * <p>The rules, from the RFC:
 * <ul>
 *   <li>§3.3 reordered singleton: a receiver keeps {@code NextExp}, the next sequence number it
 *       expects. A packet with {@code s >= NextExp} is in order and sets
 *       {@code NextExp = s + 1}; a packet with {@code s < NextExp} is reordered. Lost packets
 *       leave gaps but reorder nothing. The first arrival is in order.</li>
 *   <li>Duplicates: only the first arrival of a sequence number is considered; later copies
 *       are counted in {@link #duplicates()} and otherwise ignored, and do not take an arrival
 *       index.</li>
 *   <li>§4.1 reordered ratio = reordered / received (first arrivals).</li>
 *   <li>§4.2 extent of a reordered packet at arrival index {@code i}: {@code e = i − j}, with
 *       {@code j} the earliest arrival index whose sequence number is larger.</li>
 *   <li>§5 n-reordering: a reordered packet is n-reordered when the {@code n} packets that
 *       arrived just before it all have larger sequence numbers — the count of out-of-order
 *       arrivals a TCP receiver would answer with duplicate ACKs before this packet fills the
 *       hole (3-reordered would trigger fast retransmit).</li>
 * </ul>
 *
 * @param received first arrivals
 * @param duplicates later copies of an already-received sequence number
 * @param reorderedPackets every reordered packet, in arrival order
 */
public record Reordering(int received, int duplicates, List<ReorderedPacket> reorderedPackets) {

    /** Copies the list and checks the counts. */
    public Reordering {
        reorderedPackets = List.copyOf(reorderedPackets);
        if (received < 0 || duplicates < 0 || reorderedPackets.size() > received) {
            throw new IllegalArgumentException("inconsistent counts: received " + received + ", duplicates "
                    + duplicates + ", reordered " + reorderedPackets.size());
        }
    }

    /**
     * Measures one stream.
     *
     * @param seqsInArrivalOrder sequence numbers as they arrived, duplicates included
     */
    public static Reordering of(long... seqsInArrivalOrder) {
        Set<Long> seen = new HashSet<>();
        List<Long> firsts = new ArrayList<>();
        for (long seq : seqsInArrivalOrder) {
            if (seen.add(seq)) {
                firsts.add(seq);
            }
        }
        int n = firsts.size();
        // highest[k] = largest seq among arrivals 0..k; NextExp before arrival k is highest[k-1] + 1,
        // so "s < NextExp" is "s <= highest[k-1]", and "s < highest[k-1]" once duplicates are gone.
        long[] highest = new long[n];
        List<ReorderedPacket> reordered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long s = firsts.get(i);
            highest[i] = i == 0 ? s : Math.max(highest[i - 1], s);
            if (i > 0 && s < highest[i - 1]) {
                int j = earliestAbove(highest, i, s);
                int degree = 0;
                while (degree < i && firsts.get(i - 1 - degree) > s) {
                    degree++;
                }
                reordered.add(new ReorderedPacket(s, i, i - j, degree));
            }
        }
        return new Reordering(n, seqsInArrivalOrder.length - n, reordered);
    }

    /** Earliest index j < end with highest[j] > s; the running maximum is sorted, so bisect. */
    private static int earliestAbove(long[] highest, int end, long s) {
        int lo = 0;
        int hi = end - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (highest[mid] > s) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How many packets were reordered. */
    public int reordered() {
        return reorderedPackets.size();
    }

    /** Reordered / received; NaN when nothing was received. */
    public double reorderedRatio() {
        return received == 0 ? Double.NaN : (double) reordered() / received;
    }

    /** The largest reordering extent; 0 when no packet was reordered. */
    public int maxExtent() {
        return reorderedPackets.stream().mapToInt(ReorderedPacket::extent).max().orElse(0);
    }

    /** How many packets were n-reordered, for {@code n >= 1}. */
    public int nReordered(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more: " + n);
        }
        return (int) reorderedPackets.stream().filter(p -> p.nReordering() >= n).count();
    }

    /** n-reordered / received (RFC 4737 §5 ratio); NaN when nothing was received. */
    public double nReorderedRatio(int n) {
        int count = nReordered(n);
        return received == 0 ? Double.NaN : (double) count / received;
    }
}
