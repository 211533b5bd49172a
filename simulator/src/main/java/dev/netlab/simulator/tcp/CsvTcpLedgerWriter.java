package dev.netlab.simulator.tcp;

import dev.netlab.core.csv.CsvSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Streams the TCP ledger as CSV, one row per event, holding nothing but the writer. The first
 * line is the header:
 *
 * <pre>time_nanos,flow,direction,action,seq,size_bytes,index,wait_nanos,reason</pre>
 *
 * <p>{@code action} is one of {@link TcpAction#label()}, {@code index} the engine transmission
 * index or -1, {@code reason} a word without commas or quotes. Thread-safe: rows from different
 * paths are written whole. An {@link IOException} surfaces as {@link UncheckedIOException};
 * {@link #close()} closes the writer.
 */
public final class CsvTcpLedgerWriter implements TcpLedgerSink, AutoCloseable {

    /** The first line written. */
    public static final String HEADER = "time_nanos,flow,direction,action,seq,size_bytes,index,wait_nanos,reason";

    private final CsvSink out;

    /**
     * Writes the header at once.
     *
     * @param out where the rows go; buffer it, rows are written one at a time
     */
    public CsvTcpLedgerWriter(Writer out) {
        this.out = new CsvSink(out, HEADER, "the TCP ledger");
    }

    @Override
    public void record(TcpLedgerEntry e) {
        out.row(e.timeNanos() + "," + e.flow() + "," + e.direction().label() + "," + e.action().label() + ","
                + e.seq() + "," + e.sizeBytes() + "," + e.index() + "," + e.waitNanos() + "," + e.reason());
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
