package dev.netlab.core.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Streams the ledger as CSV, one row per decision, holding nothing but the writer. The first
 * line is the header:
 *
 * <pre>time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason</pre>
 *
 * <p>{@code direction} is {@code uplink} or {@code downlink}, {@code action} one of
 * {@link Action#label()}, {@code reason} a word without commas or quotes (so no quoting is needed).
 * Thread-safe: rows from different threads are written whole. An {@link IOException} surfaces as
 * {@link UncheckedIOException}. {@link #close()} closes the writer.
 */
public final class CsvLedgerWriter implements LedgerSink, AutoCloseable {

    /** The first line written. */
    public static final String HEADER = "time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason";

    private final Writer out;

    /**
     * Writes the header at once.
     *
     * @param out where the rows go; buffer it, rows are written one at a time
     */
    public CsvLedgerWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
        write(HEADER + "\n");
    }

    @Override
    public void record(LedgerEntry e) {
        write(e.timeNanos() + "," + e.flow() + "," + e.direction().label() + "," + e.index() + "," + e.copy() + ","
                + e.sizeBytes() + "," + e.action().label() + "," + e.delayNanos() + "," + e.reason() + "\n");
    }

    private synchronized void write(String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger", e);
        }
    }

    /** Flushes the rows written so far. */
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the ledger", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the ledger", e);
        }
    }
}
