package dev.netlab.simulator.run;

import dev.netlab.core.csv.CsvSink;
import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * The run's {@code ledger.csv}: the engine's decisions for every transport in one file, each row
 * the engine ledger's row ({@link CsvLedgerWriter#row}) after its transport. Streams rows; holds
 * nothing of the run in memory. Opened by {@link RunFiles}, it reaches the file in whole lines.
 */
public final class RunLedger implements AutoCloseable {

    private final Consumer<String> rows;
    private final Closer closer;

    /** How the rows' destination is closed. */
    private interface Closer {
        void close() throws IOException;
    }

    /** Writes the header ({@link ResultsCsv#LEDGER}) at once to {@code out}. */
    public RunLedger(Writer out) {
        CsvSink sink = new CsvSink(out, ResultsCsv.LEDGER.header(), ResultsCsv.LEDGER.fileName());
        this.rows = sink::row;
        this.closer = () -> {
            try {
                sink.close();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /** Rows into {@code file}, whose header is written already. */
    RunLedger(LineFile file) {
        this.rows = file::line;
        this.closer = file::close;
    }

    /** The sink for one transport's engine. */
    public LedgerSink sink(Transport transport) {
        String prefix = transport.label() + ",";
        return entry -> rows.accept(prefix + CsvLedgerWriter.row(entry));
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
