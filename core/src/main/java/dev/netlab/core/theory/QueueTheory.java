package dev.netlab.core.theory;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.LinkShare;
import dev.netlab.core.engine.RateQueue;
import dev.netlab.core.traffic.Profile;
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
 * Constant-rate traffic is not Poisson, so M/D/1/K's formulas would not be right either. A link that a
 * UDP stream and TCP share at once has its own, more modest theory: {@link #ofConcurrent}.
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
        double serviceSeconds = serviceSeconds(link, traffic);
        boolean shared = isShared(link);
        int senders = shared ? traffic.clients() : 1;
        double rho = load(link, traffic, passShare, senders);
        int limit = link.queueLimitPackets().getAsInt();
        if (rho > 1) {
            return Optional.of(new QueueTheory(rho, 1, 1 - 1 / rho, limit * serviceSeconds * 1e3, shared));
        }
        double drops = (long) senders * traffic.burst() <= limit ? 0 : Double.NaN;
        return Optional.of(new QueueTheory(rho, rho, drops, Double.NaN, shared));
    }

    /**
     * The theory of {@code link}'s queue when a UDP stream and TCP traffic cross it at the same time (a
     * concurrent scenario); empty when the link has no rate. The offered load is UDP's share plus TCP's:
     * a bulk transfer ({@link Profile#BULK}) offers as much as the link leaves (its window grows until the
     * queue drops), so the load is {@code max(1, ρ_udp)}. How the link splits between them has no closed
     * form: it depends on TCP's window against the queue, so utilisation (for bulk), drops and delay are
     * NaN. What is exact is UDP's offered share of the link, {@link #udpOfferedShare}: a UDP stream under
     * the link's rate keeps its rate only while the queue has room, and each of its packets that finds
     * the queue full (TCP's window filled it) is tail-dropped like any other.
     */
    public static Optional<QueueTheory> ofConcurrent(LinkConfig link, Traffic udp, Traffic tcp) {
        if (link.rate().isEmpty() || udp.interval().isZero()) {
            return Optional.empty();
        }
        boolean shared = isShared(link);
        double udpLoad = load(link, udp, 1, shared ? udp.clients() : 1);
        boolean bulk = tcp.profile() == Profile.BULK || tcp.interval().isZero();
        double load = bulk ? Math.max(1, udpLoad) : udpLoad + load(link, tcp, 1, shared ? tcp.clients() : 1);
        double utilisation = bulk ? Double.NaN : Math.min(1, load);
        return Optional.of(new QueueTheory(load, utilisation, Double.NaN, Double.NaN, shared));
    }

    /**
     * UDP's offered share of {@code link}'s rate, {@code ρ_udp}: exact for a constant-rate stream, and what
     * UDP delivers at most over the link; empty when the link has no rate.
     */
    public static Optional<Double> udpOfferedShare(LinkConfig link, Traffic udp) {
        if (link.rate().isEmpty() || udp.interval().isZero()) {
            return Optional.empty();
        }
        return Optional.of(load(link, udp, 1, isShared(link) ? udp.clients() : 1));
    }

    private static boolean isShared(LinkConfig link) {
        return link.get(RateQueue.DESCRIPTOR).share() == LinkShare.SHARED;
    }

    private static double serviceSeconds(LinkConfig link, Traffic traffic) {
        long wireBytes = traffic.sizeBytes() + link.overhead().bytes();
        return wireBytes * 8.0 / link.rate().get().bitsPerSecond();
    }

    /** ρ of {@code senders} of {@code traffic}, {@code passShare} of it reaching the queue. */
    private static double load(LinkConfig link, Traffic traffic, double passShare, int senders) {
        double perSecond = passShare * senders * traffic.burst() / (traffic.interval().toNanos() / 1e9);
        return perSecond * serviceSeconds(link, traffic);
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
