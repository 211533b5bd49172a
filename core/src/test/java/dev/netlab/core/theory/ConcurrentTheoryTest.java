package dev.netlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.DataRate;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the theory can and cannot say about a link that UDP and TCP share at the same time. */
class ConcurrentTheoryTest {

    private static final LinkConfig LINK = LinkConfig.builder().rate(DataRate.parse("2mbit")).limit(30).build();

    /** 1000 B every 5 ms: 1.6 Mbit/s. */
    private static final Traffic CBR = new Traffic(Profile.CBR, 1, 2000, 1000, Duration.ofMillis(5), 1, Optional.empty(),
            ServerMode.ECHO);

    private static Traffic tcp(Profile profile, Duration interval) {
        return new Traffic(profile, 1, 1000, 1000, interval, 1, Optional.empty(), ServerMode.ECHO);
    }

    @Test
    void udpsOfferedShareIsItsRateOverTheLinks() {
        assertEquals(0.8, QueueTheory.udpOfferedShare(LINK, CBR).orElseThrow(), 1e-12);
        assertTrue(QueueTheory.udpOfferedShare(LinkConfig.TRANSPARENT, CBR).isEmpty(), "no rate, no share");
    }

    @Test
    void bulkTcpOffersWhatTheLinkLeavesAndTheSplitHasNoClosedForm() {
        QueueTheory theory = QueueTheory.ofConcurrent(LINK, CBR, tcp(Profile.BULK, Profile.BULK.interval())).orElseThrow();
        assertEquals(1, theory.offeredLoad(), 1e-12, "0.8 from UDP, the remaining 0.2 taken by TCP's window");
        assertTrue(Double.isNaN(theory.utilisation()), "TCP's window decides how much of the rest it uses");
        assertTrue(Double.isNaN(theory.dropShare()));
        assertFalse(theory.hasDelayClosedForm());
    }

    @Test
    void aConstantRateTcpStreamAddsItsOwnLoad() {
        // 1000 B every 20 ms over TCP: 0.4 Mbit/s, a fifth of the link, on top of UDP's 0.8.
        QueueTheory theory = QueueTheory.ofConcurrent(LINK, CBR, tcp(Profile.CBR, Duration.ofMillis(20))).orElseThrow();
        assertEquals(1.0, theory.offeredLoad(), 1e-12);
        assertEquals(1.0, theory.utilisation(), 1e-12);
        assertTrue(Double.isNaN(theory.dropShare()), "which of the two the full queue drops has no closed form");
    }

    @Test
    void aConcurrentScenariosTheoryLeavesOutTheQueueItSharesWithTcp() {
        Scenario s = ScenarioLoader.load("c.yaml", """
                name: c
                concurrent:
                  udp: {profile: cbr, rate: 1.6mbit, duration: 2s}
                  tcp: {profile: bulk, duration: 2s}
                link: {delay: 10ms, rate: 2mbit, limit: 30, loss: 1%}
                """);
        Expectation e = ScenarioTheory.of(s);
        // The random loss is exact: 1% each way; the queue's drops are not in it.
        assertEquals(1 - 0.99 * 0.99, e.roundTripLossRate(), 1e-9);
        assertTrue(Double.isNaN(e.meanRttMs()), "the queueing delay is what TCP keeps in the queue");
    }

    @Test
    void withoutARateTheConcurrentRoundTripIsTheReplays() {
        Scenario s = ScenarioLoader.load("c.yaml", """
                name: c
                concurrent:
                  udp: {profile: cbr, duration: 1s}
                  tcp: {profile: bulk, duration: 1s}
                link: {delay: 10ms}
                """);
        // Nothing is shared without a rate queue: UDP's round trip is the two delays (and 1000 B is no time here).
        assertEquals(20.0, ScenarioTheory.of(s).meanRttMs(), 0.01);
    }
}
