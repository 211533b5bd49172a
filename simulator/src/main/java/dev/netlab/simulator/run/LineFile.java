package dev.netlab.simulator.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file written in whole lines, so a process killed at any moment (kill -9) leaves only whole
 * rows up to its last flush: lines gather in memory and go to the file in one write of whole lines
 * when {@link #BATCH_CHARS} have gathered or {@link #flush()} is called (the run's flusher does every
 * {@link RunFiles#FLUSH_EVERY}). Writers of lines never wait for the disk: a flush takes the batch
 * and writes it outside the lock they use.
 *
 * <p>A failed write is kept and thrown by {@link #close()}, so the relay and client threads that
 * add lines are never stopped by a full disk; the run then fails with one sentence.
 */
final class LineFile implements AutoCloseable {

    /** Characters gathered before a write without waiting for the flusher. */
    static final int BATCH_CHARS = 64 * 1024;

    private final String name;
    private final OutputStream out;
    private final Object writing = new Object();
    private StringBuilder pending = new StringBuilder();
    private IOException failure;

    private LineFile(String name, OutputStream out) {
        this.name = name;
        this.out = out;
    }

    /** Creates (or truncates) {@code file} and writes {@code header} at once. */
    static LineFile create(Path file, String header) throws IOException {
        LineFile lines = new LineFile(file.getFileName().toString(), Files.newOutputStream(file));
        lines.line(header);
        lines.flush();
        return lines;
    }

    /** Adds one line (without its line end); it reaches the file whole at the next flush. */
    void line(String cells) {
        boolean full;
        synchronized (this) {
            pending.append(cells).append('\n');
            full = pending.length() >= BATCH_CHARS;
        }
        if (full) {
            flush();
        }
    }

    /** Writes the lines gathered so far, in one write, in the order they were added. */
    void flush() {
        synchronized (writing) { // held across take and write, so batches reach the file in order
            StringBuilder batch;
            synchronized (this) {
                if (pending.length() == 0) {
                    return;
                }
                batch = pending;
                pending = new StringBuilder(Math.max(256, batch.length()));
            }
            try {
                out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        synchronized (writing) {
            out.close();
            if (failure != null) {
                throw new IOException("cannot write " + name + ": " + failure.getMessage(), failure);
            }
        }
    }
}
