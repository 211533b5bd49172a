package dev.netlab.lab.check;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the relay engine's decisions for one case (what {@link DatagramFates} reads) and writes
 * each to the case's {@code ledger.csv} as well. Thread-safe: the relay records from its threads.
 * Keeps at most {@link #MAX_ENTRIES} in memory; beyond that it still writes the file and counts
 * what it did not keep.
 */
final class DatagramLog implements LedgerSink, AutoCloseable {

    /** About 100 MB of decisions at most; a 100 MB file in 1 KB datagrams needs about 300,000. */
    static final int MAX_ENTRIES = 2_000_000;

    private final CsvLedgerWriter csv;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private long notKept;

    DatagramLog(CsvLedgerWriter csv) {
        this.csv = csv;
    }

    @Override
    public synchronized void record(LedgerEntry entry) {
        csv.record(entry);
        if (entries.size() < MAX_ENTRIES) {
            entries.add(entry);
        } else {
            notKept++;
        }
    }

    /** The decisions kept so far, in the order they were made. */
    synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    /** Decisions beyond {@link #MAX_ENTRIES}: written to the file, left out of the numbers. */
    synchronized long notKept() {
        return notKept;
    }

    @Override
    public synchronized void close() {
        csv.close();
    }
}
