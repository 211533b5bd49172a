package dev.netlab.lab.check;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened to each datagram of a case, read from the relay's ledger: one {@link Fate} per
 * datagram that entered the relay (copies folded into their original), and the counts per
 * direction that {@code check.json} reports (docs/check.md defines each).
 */
public final class DatagramFates {

    /** Delivered untouched. */
    static final String DELIVERED = "delivered";
    /** Delivered with a damaged payload. */
    static final String CORRUPTED = "corrupted";
    /** Delivered twice. */
    static final String DUPLICATED = "duplicated";
    /** Delivered ahead of its turn (it skipped the delay). */
    static final String REORDERED = "reordered";
    /** Prefix of every drop's fate: {@code dropped: loss}, {@code dropped: rule 1}. */
    static final String DROPPED = "dropped: ";

    /**
     * One datagram.
     *
     * @param number   1 for the first datagram of its direction to reach the relay, then 2, ...
     * @param timeMs   when it reached the relay, in ms since the relay started
     * @param sizeBytes its size
     * @param fate     {@link #DELIVERED}, {@link #CORRUPTED}, ... or {@code dropped: REASON}
     */
    public record Fate(long number, double timeMs, int sizeBytes, String fate) {
    }

    private DatagramFates() {
    }

    /** The datagrams of one direction, in the order they reached the relay. */
    static List<Fate> of(List<LedgerEntry> entries, Direction direction) {
        Map<List<Long>, List<LedgerEntry>> byDatagram = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            if (e.direction() == direction) {
                byDatagram.computeIfAbsent(List.of((long) e.flow(), e.index()), k -> new ArrayList<>()).add(e);
            }
        }
        List<List<LedgerEntry>> datagrams = new ArrayList<>(byDatagram.values());
        datagrams.sort(Comparator.comparingLong((List<LedgerEntry> rows) -> rows.get(0).timeNanos())
                .thenComparingLong(rows -> rows.get(0).index()));
        List<Fate> out = new ArrayList<>();
        for (List<LedgerEntry> rows : datagrams) {
            LedgerEntry first = rows.get(0);
            out.add(new Fate(out.size() + 1, first.timeNanos() / 1e6, first.sizeBytes(), fate(rows)));
        }
        return out;
    }

    /** One datagram's fate from its ledger rows (both copies). */
    static String fate(List<LedgerEntry> rows) {
        boolean forwarded = false;
        String dropReason = null;
        String rule = null;
        boolean corrupted = false;
        boolean duplicated = false;
        boolean reordered = false;
        for (LedgerEntry e : rows) {
            switch (e.action()) {
                case FORWARDED -> forwarded = true;
                case DROPPED, QUEUE_DROP, DOWN -> dropReason = dropReason != null ? dropReason
                        : e.reason().isEmpty() ? e.action().label() : e.reason();
                case CORRUPTED -> corrupted = true;
                case DUPLICATED -> duplicated = true;
                case REORDERED -> reordered = true;
                default -> { }
            }
            if (e.action() != Action.DROPPED && e.reason().startsWith("rule") && rule == null) {
                rule = e.reason();
            }
        }
        if (!forwarded) {
            return DROPPED + (dropReason == null ? "unknown" : dropReason);
        }
        if (corrupted) {
            return CORRUPTED;
        }
        if (duplicated) {
            return DUPLICATED;
        }
        if (reordered) {
            return REORDERED;
        }
        return rule != null ? "changed by " + rule : DELIVERED;
    }

    /**
     * A direction's numbers.
     *
     * @param datagrams  datagrams that reached the relay (copies not counted)
     * @param bytes      their bytes
     * @param delivered  of them, how many left the relay at least once
     * @param drops      datagrams dropped, by reason ({@code loss}, {@code corrupt}, {@code rule 1}, ...)
     * @param corrupted  delivered damaged
     * @param duplicated delivered twice
     * @param largestBytes the largest datagram
     */
    public record Counts(long datagrams, long bytes, long delivered, Map<String, Long> drops, long corrupted,
            long duplicated, int largestBytes) {
    }

    static Counts counts(List<Fate> fates) {
        Map<String, Long> drops = new TreeMap<>();
        long bytes = 0;
        long corrupted = 0;
        long duplicated = 0;
        int largest = 0;
        for (Fate f : fates) {
            bytes += f.sizeBytes();
            largest = Math.max(largest, f.sizeBytes());
            if (f.fate().startsWith(DROPPED)) {
                drops.merge(f.fate().substring(DROPPED.length()), 1L, Long::sum);
            }
            corrupted += f.fate().equals(CORRUPTED) ? 1 : 0;
            duplicated += f.fate().equals(DUPLICATED) ? 1 : 0;
        }
        long dropped = drops.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(fates.size(), bytes, fates.size() - dropped, drops, corrupted, duplicated, largest);
    }
}
