package dev.netlab.simulator.run;

import dev.netlab.core.result.ResultsCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The files a run streams into its results directory as it goes: {@code ledger.csv} and
 * {@code messages.csv} (a journal until the run rewrites it at the end), both in whole lines and
 * flushed every {@link #FLUSH_EVERY} by a thread of their own, so a run killed at any moment leaves
 * whole rows up to a fraction of a second before. Close it to flush and close both.
 */
public final class RunFiles implements AutoCloseable {

    /** How often the lines gathered so far reach the files. */
    public static final Duration FLUSH_EVERY = Duration.ofMillis(200);

    private final LineFile ledgerFile;
    private final LineFile messagesFile;
    private final RunLedger ledger;
    private final MessageJournal journal;
    private final ScheduledExecutorService flusher;

    private RunFiles(LineFile ledgerFile, LineFile messagesFile) {
        this.ledgerFile = ledgerFile;
        this.messagesFile = messagesFile;
        this.ledger = new RunLedger(ledgerFile);
        this.journal = MessageJournal.into(messagesFile);
        this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "netlab-results-flush");
            t.setDaemon(true);
            return t;
        });
        long every = FLUSH_EVERY.toMillis();
        flusher.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
    }

    /** Creates {@code ledger.csv} and {@code messages.csv} in {@code dir} (which must exist) with their headers. */
    public static RunFiles open(Path dir) throws IOException {
        LineFile ledger = LineFile.create(dir.resolve(ResultsCsv.LEDGER.fileName()), ResultsCsv.LEDGER.header());
        try {
            return new RunFiles(ledger, LineFile.create(dir.resolve(ResultsCsv.MESSAGES.fileName()),
                    ResultsCsv.MESSAGES.header()));
        } catch (IOException | RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    /** The ledger the run's engines write to. */
    public RunLedger ledger() {
        return ledger;
    }

    MessageJournal journal() {
        return journal;
    }

    /** Writes what has gathered in both files. */
    void flush() {
        ledgerFile.flush();
        messagesFile.flush();
    }

    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            ledgerFile.close();
        } finally {
            messagesFile.close();
        }
    }
}
