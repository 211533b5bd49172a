package dev.netlab.simulator.run;

import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The run's {@code ledger.csv}: the engine's decisions for every transport in one file, each row
 * starting with its transport. Streams rows; holds nothing of the run in memory.
 */
public final class RunLedger implements AutoCloseable {

    /** The header line. */
    public static final String HEADER = "transport," + CsvLedgerWriter.HEADER;

    private final Writer out;

    public RunLedger(Writer out) {
        this.out = out;
        write(HEADER + "\n");
    }

    /** The sink for one transport's engine. */
    public LedgerSink sink(Transport transport) {
        String prefix = transport.label() + ",";
        return entry -> write(prefix + row(entry));
    }

    private static String row(LedgerEntry e) {
        return e.timeNanos() + "," + e.flow() + "," + e.direction().label() + "," + e.index() + "," + e.copy() + ","
                + e.sizeBytes() + "," + e.action().label() + "," + e.delayNanos() + "," + e.reason() + "\n";
    }

    private synchronized void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
