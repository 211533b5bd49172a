package dev.netlab.core.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A CSV file written line by line as things happen: the header at once, then one row per call,
 * each written whole even when several threads write (relays record from several threads). Holds
 * nothing but the writer; buffer the writer, rows are written one at a time. An {@link IOException}
 * surfaces as {@link UncheckedIOException} naming {@code what}; {@link #close()} closes the writer.
 * Rows are written as given: netlab's cells are numbers and plain words, so nothing is quoted.
 */
public final class CsvSink implements AutoCloseable {

    private final Writer out;
    private final String what;

    /**
     * Writes the header line at once.
     *
     * @param out    where the lines go
     * @param header the first line, without its line end
     * @param what   what the file is, for error messages, for example {@code "the ledger"}
     */
    public CsvSink(Writer out, String header, String what) {
        this.out = Objects.requireNonNull(out, "out");
        this.what = Objects.requireNonNull(what, "what");
        row(header);
    }

    /** Writes one line; {@code cells} are already joined by commas, without the line end. */
    public void row(String cells) {
        String line = cells + "\n";
        synchronized (this) {
            try {
                out.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + what, e);
            }
        }
    }

    /** Flushes the lines written so far. */
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush " + what, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + what, e);
        }
    }
}
