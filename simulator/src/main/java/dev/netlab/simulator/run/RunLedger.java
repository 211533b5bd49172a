package dev.netlab.simulator.run;

import dev.netlab.core.csv.CsvSink;
import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The run's {@code ledger.csv}: the engine's decisions for every transport in one file, each row
 * the engine ledger's row ({@link CsvLedgerWriter#row}) after its transport. Streams rows; holds
 * nothing of the run in memory.
 */
public final class RunLedger implements AutoCloseable {

    private final CsvSink out;

    /** Writes the header ({@link ResultsCsv#LEDGER}) at once. */
    public RunLedger(Writer out) {
        this.out = new CsvSink(out, ResultsCsv.LEDGER.header(), ResultsCsv.LEDGER.fileName());
    }

    /** The sink for one transport's engine. */
    public LedgerSink sink(Transport transport) {
        String prefix = transport.label() + ",";
        return entry -> out.row(prefix + CsvLedgerWriter.row(entry));
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
