package dev.netlab.core.theory;

import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.LossProcess;
import dev.netlab.core.scenario.Phase;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import java.util.List;

/**
 * The {@link Expectation} of a scenario. Loss rates and their memory are closed forms, each
 * impairment's {@link LinkConfig#lossProcess()} composed uplink then downlink, weighted over the
 * phases by the messages sent in each; the mean round trip is the mean of a {@link ModelReplay}.
 *
 * <p>Within one stretch of constant settings the delivered count of {@code n} messages has
 * variance {@code n·s(1 − s)·inflation}; stretches add. Rate-queue tail drops are in the loss
 * rates where {@link QueueTheory} has a closed form (an overloaded queue drops {@code 1 − 1/ρ} of what
 * reaches it, taken as independent; the downlink's queue sees what the uplink delivered); the
 * replay's mean includes the queueing delay, every client sharing the queue as in the run.
 *
 * <p>In a concurrent scenario the figures are UDP's, with its own traffic. Its share of the queue's tail
 * drops depends on TCP's window and has no closed form ({@link QueueTheory#ofConcurrent}), so the loss
 * rates hold the random models only, and the mean round trip is NaN where a link has a rate: the
 * queueing delay is what TCP's window keeps in the queue, which the replay, UDP alone, cannot know.
 */
public final class ScenarioTheory {

    private ScenarioTheory() {
    }

    /** What {@code scenario} should give a UDP run. */
    public static Expectation of(Scenario scenario) {
        long[] sentIn = messagesPerStretch(scenario);
        List<Phase> phases = scenario.phases();
        double sent = 0;
        double up = 0;
        double down = 0;
        double delivered = 0;
        double variance = 0;
        for (int i = 0; i < sentIn.length; i++) {
            if (sentIn[i] == 0) {
                continue;
            }
            boolean base = i == phases.size();
            LinkConfig upLink = base ? scenario.uplink() : phases.get(i).uplink();
            LinkConfig downLink = base ? scenario.downlink() : phases.get(i).downlink();
            LossProcess u = withQueue(upLink, scenario, 1);
            LossProcess d = withQueue(downLink, scenario, 1 - u.lossRate());
            LossProcess roundTrip = u.then(d);
            double n = sentIn[i];
            double s = 1 - roundTrip.lossRate();
            sent += n;
            up += n * u.lossRate();
            down += n * d.lossRate();
            delivered += n * s;
            variance += n * s * (1 - s) * roundTrip.varianceInflation();
        }
        double s = delivered / sent;
        double independent = sent * s * (1 - s);
        double inflation = independent <= 0 ? 1 : Math.max(1e-9, variance / independent);
        double meanRttMs = udpSharesQueueWithTcp(scenario) ? Double.NaN : ModelReplay.meanRttMs(scenario);
        return new Expectation(up / sent, down / sent, 1 - s, inflation, meanRttMs);
    }

    /** The link's losses followed by its queue's tail drops, the queue fed {@code passShare} of the traffic less those losses. */
    private static LossProcess withQueue(LinkConfig link, Scenario scenario, double passShare) {
        LossProcess before = link.lossProcess();
        Traffic udp = scenario.traffic(Transport.UDP);
        double drops = (scenario.isConcurrent() ? QueueTheory.ofConcurrent(link, udp, scenario.traffic(Transport.TCP))
                : QueueTheory.of(link, udp, passShare * (1 - before.lossRate())))
                .map(QueueTheory::dropShareOrZero).orElse(0.0);
        return drops == 0 ? before : before.then(LossProcess.independent(drops));
    }

    /** Messages of one client sent under each phase (index) and outside every phase (the last slot). */
    private static long[] messagesPerStretch(Scenario scenario) {
        Traffic traffic = scenario.traffic(Transport.UDP);
        List<Phase> phases = scenario.phases();
        long[] sentIn = new long[phases.size() + 1];
        for (long seq = 0; seq < traffic.messages(); seq++) {
            sentIn[stretchAt(phases, traffic.sendOffsetNanos(seq))]++;
        }
        return sentIn;
    }

    /**
     * Whether UDP's packets wait in a rate queue that TCP's fill at the same time (a concurrent scenario
     * with a rate on some link): UDP's queue drops and queueing delay then have no closed form.
     */
    public static boolean udpSharesQueueWithTcp(Scenario scenario) {
        return scenario.isConcurrent() && hasRate(scenario);
    }

    private static boolean hasRate(Scenario scenario) {
        return scenario.uplink().rate().isPresent() || scenario.downlink().rate().isPresent()
                || scenario.phases().stream().anyMatch(p -> p.uplink().rate().isPresent() || p.downlink().rate().isPresent());
    }

    /** The phase in force at {@code atNanos} from the run's start, or {@code phases.size()} for none. */
    static int stretchAt(List<Phase> phases, long atNanos) {
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            if (p.from().toNanos() <= atNanos && atNanos < p.to().toNanos()) {
                return i;
            }
        }
        return phases.size();
    }
}
