package dev.netlab.core.theory;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.LinkShare;
import dev.netlab.core.engine.RateQueue;
import dev.netlab.core.traffic.Traffic;
import java.util.Optional;

/**
 * What one direction's rate queue should do with a scenario's traffic, where a closed form exists.
 * The clients send at constant rates (a burst every interval), so the offered load is exact:
 * {@code ρ = clients × burst × (size + overhead) × 8 / (interval × rate)} on a shared queue, one
 * client's part of it on a per-flow one. Then:
 *
 * <ul>
 *   <li>{@code ρ > 1} (overload): the queue stays full, the link never idles, so utilisation is 1,
 *       the share tail-dropped is {@code 1 − 1/ρ} (the fluid limit: what arrives beyond the rate) and
 *       a copy that gets in waits behind the {@code limit − 1} ahead of it: queueing delay about
 *       {@code limit × service time}. Equal clients get {@code rate / clients} each, if the queue
 *       serves them without a phase lock (see docs/impairments.md).
 *   <li>{@code ρ ≤ 1}: utilisation {@code ρ}, nothing dropped while all clients' bursts fit the queue
 *       together ({@code clients × burst ≤ limit}); the queueing delay depends on how the clients'
 *       send times fall against each other and has no closed form here (at most
 *       {@code clients × burst} service times). {@link #meanQueueingMs} is NaN then.
 * </ul>
 * Constant-rate traffic is not Poisson, so M/D/1/K's formulas would not be right either.
 *
 * @param offeredLoad     ρ, offered bits over what the link carries, for the direction's queue
 * @param utilisation     the share of time the link is busy, {@code min(ρ, 1)}
 * @param dropShare       the share of copies tail-dropped; NaN when no closed form
 * @param meanQueueingMs  the waiting time in the queue plus the copy's own time on the link, in ms; NaN when no closed form
 * @param shared          whether every client waits in this one queue
 */
public record QueueTheory(double offeredLoad, double utilisation, double dropShare, double meanQueueingMs,
        boolean shared) {

    /**
     * The theory of {@code link}'s queue for {@code traffic}; empty when the link has no rate.
     * Delay, loss and the other models before the queue are left out: loss lowers the load a little,
     * jitter bunches arrivals (both make the figures an upper bound on drops).
     */
    public static Optional<QueueTheory> of(LinkConfig link, Traffic traffic) {
        return of(link, traffic, 1);
    }

    /**
     * The theory of {@code link}'s queue when only {@code passShare} of the traffic reaches it (what
     * the loss before it, or the other direction, let through).
     */
    public static Optional<QueueTheory> of(LinkConfig link, Traffic traffic, double passShare) {
        if (link.rate().isEmpty() || traffic.interval().isZero()) {
            return Optional.empty();
        }
        double rateBps = link.rate().get().bitsPerSecond();
        long wireBytes = traffic.sizeBytes() + link.overhead().bytes();
        double serviceSeconds = wireBytes * 8.0 / rateBps;
        boolean shared = link.get(RateQueue.DESCRIPTOR).share() == LinkShare.SHARED;
        int senders = shared ? traffic.clients() : 1;
        double perSecond = passShare * senders * traffic.burst() / (traffic.interval().toNanos() / 1e9);
        double rho = perSecond * serviceSeconds;
        int limit = link.queueLimitPackets().getAsInt();
        if (rho > 1) {
            return Optional.of(new QueueTheory(rho, 1, 1 - 1 / rho, limit * serviceSeconds * 1e3, shared));
        }
        double drops = (long) senders * traffic.burst() <= limit ? 0 : Double.NaN;
        return Optional.of(new QueueTheory(rho, rho, drops, Double.NaN, shared));
    }

    /** The share tail-dropped, 0 where there is no closed form (below capacity with bursts over the limit). */
    public double dropShareOrZero() {
        return Double.isNaN(dropShare) ? 0 : dropShare;
    }

    /** Whether the queueing delay has a closed form here (only under overload). */
    public boolean hasDelayClosedForm() {
        return !Double.isNaN(meanQueueingMs);
    }
}
