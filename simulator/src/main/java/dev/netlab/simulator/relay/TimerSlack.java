package dev.netlab.simulator.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lowers the calling thread's timer slack on Linux, so a timed wait ends within microseconds of
 * its deadline instead of the default 50 µs later. Writing {@code /proc/thread-self/timerslack_ns}
 * needs no privileges; elsewhere this does nothing and timing is simply coarser.
 */
public final class TimerSlack {

    private static final Path OWN_SLACK = Path.of("/proc/thread-self/timerslack_ns");

    private TimerSlack() {
    }

    /**
     * Sets the calling thread's timer slack to 1 ns.
     *
     * @return whether the slack was lowered
     */
    public static boolean lowerForCurrentThread() {
        if (!Files.isWritable(OWN_SLACK)) {
            return false;
        }
        try {
            Files.writeString(OWN_SLACK, "1", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
