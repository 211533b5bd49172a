package dev.netlab.core.engine;

/**
 * The arrival time a relay gives the engine for a packet: by default ({@link #REAL}) when it really
 * arrived; in a measured run, when it would have arrived on a quiet host (a request when its client's
 * schedule sent it, a reply when the request reached the server on the emulated path). Every decision
 * that depends on time (a rate queue's tail drops, preserveOrder's hold-back, the link's busy time) is
 * then made on these emulated times and repeats from run to run; the relay sends each copy at its real
 * arrival plus the sojourn the engine gave it (emulated release minus emulated arrival), so round
 * trips stay real.
 *
 * <p>Times are on the relay's clock ({@code System.nanoTime()}). A relay calls it from one thread;
 * an implementation must return, per (flow, direction), times that never go back (the engine's
 * queue assumes arrivals in order), and keep per-flow memory bounded, freed by {@link #release}.
 */
public interface ArrivalClock {

    /** Real arrival is emulated arrival: what a proxy of foreign programs uses, which knows no schedule. */
    ArrivalClock REAL = (flow, direction, payload, realNanos) -> realNanos;

    /**
     * The arrival time the engine should decide on.
     *
     * @param flow the packet's flow
     * @param direction which way it goes
     * @param payload its bytes, read only
     * @param realNanos when the relay read it
     * @return its emulated arrival time
     */
    long arrivalNanos(int flow, Direction direction, byte[] payload, long realNanos);

    /**
     * A copy the engine delivered: what a later packet (a reply) may take as its own emulated arrival.
     *
     * @param payload the copy's bytes, as delivered
     * @param emulatedReleaseNanos when the engine released it, on the emulated times
     */
    default void delivered(int flow, Direction direction, byte[] payload, long emulatedReleaseNanos) {
    }

    /** The flow is closed: forget what is kept for it. */
    default void release(int flow) {
    }
}
