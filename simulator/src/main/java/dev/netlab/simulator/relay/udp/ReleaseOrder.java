package dev.netlab.simulator.relay.udp;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the real order of releases the order the engine gave them on its emulated times. Each copy is
 * sent at its real arrival plus its emulated sojourn; when arrivals were late by different amounts
 * (a client's send, the relay's read), two copies the engine released in order, preserveOrder's
 * bunched copies say, could swap on the wire. So a copy released at or after every earlier copy of its
 * (flow, direction) on emulated time is sent no earlier than those; a copy the engine let overtake
 * (jitter, reorder) keeps its own time. With real arrival times (a proxy) this changes nothing.
 * Used from the relay's pump thread only.
 */
final class ReleaseOrder {

    /** The latest emulated release of a (flow, direction) and the real time it was given. */
    private static final class Latest {
        long emulatedNanos = Long.MIN_VALUE;
        long realNanos = Long.MIN_VALUE;
    }

    private final Map<Long, Latest> latest = new HashMap<>();

    /**
     * The real release time of one copy.
     *
     * @param emulatedReleaseNanos the engine's release, on emulated time
     * @param realReleaseNanos real arrival plus the emulated sojourn
     */
    long realRelease(int flow, boolean uplink, long emulatedReleaseNanos, long realReleaseNanos) {
        Latest last = latest.computeIfAbsent(((long) flow << 1) | (uplink ? 0 : 1), k -> new Latest());
        if (emulatedReleaseNanos < last.emulatedNanos) {
            return realReleaseNanos; // the engine let it overtake: it keeps its time
        }
        long real = Math.max(realReleaseNanos, last.realNanos);
        last.emulatedNanos = emulatedReleaseNanos;
        last.realNanos = real;
        return real;
    }

    /** The flow is closed: forget it. */
    void release(int flow) {
        latest.remove((long) flow << 1);
        latest.remove(((long) flow << 1) | 1);
    }
}
