package dev.netlab.core.engine;

import dev.netlab.core.csv.CsvSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Streams the ledger as CSV, one row per decision, holding nothing but the writer. The first
 * line is the header:
 *
 * <pre>time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason</pre>
 *
 * <p>{@code direction} is {@code uplink} or {@code downlink}, {@code action} one of
 * {@link Action#label()}, {@code reason} a word without commas or quotes (so no quoting is needed).
 * Thread-safe: rows from different threads are written whole. An {@link IOException} surfaces as
 * {@link UncheckedIOException}. {@link #close()} closes the writer. The run's {@code ledger.csv}
 * writes the same row after a transport column.
 */
public final class CsvLedgerWriter implements LedgerSink, AutoCloseable {

    /** The columns of a ledger row, in order. */
    public static final List<String> COLUMNS = List.of("time_nanos", "flow", "direction", "index", "copy",
            "size_bytes", "action", "delay_nanos", "reason");

    /** The first line written. */
    public static final String HEADER = String.join(",", COLUMNS);

    private final CsvSink out;

    /**
     * Writes the header at once.
     *
     * @param out where the rows go; buffer it, rows are written one at a time
     */
    public CsvLedgerWriter(Writer out) {
        this.out = new CsvSink(out, HEADER, "the ledger");
    }

    /** One decision as the cells of {@link #COLUMNS}, joined by commas, without the line end. */
    public static String row(LedgerEntry e) {
        return e.timeNanos() + "," + e.flow() + "," + e.direction().label() + "," + e.index() + "," + e.copy() + ","
                + e.sizeBytes() + "," + e.action().label() + "," + e.delayNanos() + "," + e.reason();
    }

    @Override
    public void record(LedgerEntry e) {
        out.row(row(e));
    }

    /** Flushes the rows written so far. */
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.close();
    }
}
