package dev.netlab.simulator.relay.udp;

import dev.netlab.simulator.net.SelectorLoop;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedSelectorException;

/**
 * Keeps a {@link UdpRelay}'s pump alive: an error in one turn is counted and the pump goes on; it
 * stops only when it cannot (its selector or front socket gone, or
 * {@value SelectorLoop#MAX_ERRORS_IN_A_ROW} failed turns in a row) and then says why
 * ({@link SelectorLoop#failure()}).
 *
 * <p>Out of memory, the datagrams waiting for their delay are what fills the heap (a long delay and
 * a large --max-queued): they are discarded and counted as handling errors, so the relay, its timer
 * and Ctrl-C have room to go on. That is done before anything else, which may need memory.
 */
final class PumpGuard {

    /** One turn of the pump. */
    interface Turn {
        void run() throws IOException;
    }

    private final SelectorLoop loop;
    private final ReleaseScheduler scheduler;
    private final UdpRelayCounters counters;
    private final Channel front;

    PumpGuard(SelectorLoop loop, ReleaseScheduler scheduler, UdpRelayCounters counters, Channel front) {
        this.loop = loop;
        this.front = front;
        this.scheduler = scheduler;
        this.counters = counters;
        scheduler.failure().thenAccept(loop::fail); // delayed datagrams would never leave again
    }

    /** Runs {@code turn} until the relay closes or cannot go on. */
    void run(Turn turn) {
        while (!loop.closing()) {
            try {
                if (!front.isOpen()) {
                    throw new ClosedSelectorException(); // the front socket is gone: nothing can be relayed
                }
                turn.run();
                loop.turnDone();
            } catch (ClosedSelectorException e) {
                loop.fail("the UDP relay's selector or socket was closed under it");
                return;
            } catch (IOException e) {
                loop.fail("the UDP relay's selector failed: " + SelectorLoop.describe(e));
                return;
            } catch (Throwable t) {
                if (!survived(t)) {
                    return;
                }
            }
        }
    }

    /** Counts a failed turn; false when the pump should give up. Never throws, even out of memory. */
    private boolean survived(Throwable error) {
        shedWhenOutOfMemory(error);
        try {
            counters.handlingErrors.increment();
            if (loop.survives(error)) {
                return true;
            }
            loop.fail("the UDP relay stopped after " + SelectorLoop.MAX_ERRORS_IN_A_ROW + " errors in a row: "
                    + SelectorLoop.describe(error));
            return false;
        } catch (Throwable again) {
            shedWhenOutOfMemory(again);
            return true; // not even counted: the next turn tries again
        }
    }

    /** Out of memory: discards every datagram waiting for its delay, counted as handling errors. */
    void shedWhenOutOfMemory(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            int shed = scheduler.shed();
            try {
                counters.handlingErrors.add(shed);
            } catch (OutOfMemoryError again) {
                // the shed datagrams are gone all the same; the count is what could not be kept
            }
        }
    }
}
