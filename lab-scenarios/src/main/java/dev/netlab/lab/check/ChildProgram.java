package dev.netlab.lab.check;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One of the student's programs, running: its output and errors go straight to files (no pump
 * threads), and closing it kills it and every process it started, so a time limit or a Ctrl-C
 * leaves nothing running.
 */
final class ChildProgram implements AutoCloseable {

    /** How long a wait sleeps between looks at the stop flag. */
    private static final long SLICE_MILLIS = 50;
    /** The most of a program's error file read for its last line. */
    private static final int TAIL_BYTES = 4096;

    final String role;
    private final Process process;
    private final Path stderr;

    private ChildProgram(String role, Process process, Path stderr) {
        this.role = role;
        this.process = process;
        this.stderr = stderr;
    }

    /**
     * Starts a program in the current directory.
     *
     * @param role {@code sender} or {@code receiver}, for messages
     * @throws IOException when the program cannot be started at all (not found, not executable)
     */
    static ChildProgram start(String role, List<String> command, Path stdout, Path stderr) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().put("PYTHONUNBUFFERED", "1"); // so a killed Python program's last lines are kept
        return new ChildProgram(role, builder.start(), stderr);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Waits until the program exits, the deadline ({@code System.nanoTime()}) passes or {@code stop} says so. */
    boolean waitUntil(long deadlineNanos, BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return !process.isAlive();
            }
            if (process.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, SLICE_MILLIS), TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return !process.isAlive();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The exit code; only once the program has exited. */
    int exitCode() {
        return process.exitValue();
    }

    /** The last line the program wrote to its standard error, or empty. */
    String lastErrorLine() {
        String[] lines = tail(stderr).split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    /** The last {@value #TAIL_BYTES} bytes of a file as text; empty when it cannot be read. */
    static String tail(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, f.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills the program and its descendants, waiting up to a second for them to go. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
