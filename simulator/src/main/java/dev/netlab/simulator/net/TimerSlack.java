package dev.netlab.simulator.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lowers the calling thread's timer slack on Linux, so a timed wait ends within microseconds of
 * its deadline instead of the default 50 µs later. A thread may set its own slack without
 * privileges by writing {@code /proc/<tid>/timerslack_ns}, where {@code /proc/thread-self} names
 * the calling thread's id (the file is not under {@code /proc/thread-self} itself on every kernel).
 * Elsewhere this does nothing and timing is simply coarser.
 */
final class TimerSlack {

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private TimerSlack() {
    }

    /**
     * Sets the calling thread's timer slack to 1 ns.
     *
     * @return whether the slack was lowered
     */
    static boolean lowerForCurrentThread() {
        try {
            String link = Files.readSymbolicLink(THREAD_SELF).toString(); // "<pid>/task/<tid>"
            String tid = link.substring(link.lastIndexOf('/') + 1);
            Path slack = Path.of("/proc", tid, "timerslack_ns");
            Files.writeString(slack, "1", StandardCharsets.US_ASCII);
            return Files.readString(slack, StandardCharsets.US_ASCII).trim().equals("1");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not Linux, or an old kernel: timing is coarser, nothing else changes
        }
    }
}
