package dev.netlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioTheoryTest {

    private static Scenario scenario(String link) {
        return ScenarioLoader.load("test.yaml", "name: t\nseed: 3\ntraffic:\n  profile: voip\n  clients: 2\n"
                + "  duration: 10s\n" + link);
    }

    @Test
    void aFixedDelayGivesExactlyTwiceItAsTheRoundTrip() {
        Expectation e = ScenarioTheory.of(scenario("link:\n  delay: 20ms\n"));
        assertEquals(40.0, e.meanRttMs(), 1e-9);
        assertEquals(0.0, e.roundTripLossRate(), 1e-12);
        assertEquals(1.0, e.varianceInflation(), 1e-12);
    }

    @Test
    void reorderedPacketsSkipTheDelaySoPureReorderMeansFiftyOneMilliseconds() {
        // pure-reorder: 30 ms each way, 15% of packets skip it: 2 × 0.85 × 30 = 51.0 ms. The replay
        // draws 200 000 round trips: the share skipping has sd 0.06%, so the mean is 51.0 ± 0.1 ms
        // in all but about 1 case in 10^6.
        Scenario s = ScenarioLoader.load(Path.of("../lab-scenarios/src/main/resources/scenarios/pure-reorder.yaml"));
        assertEquals(51.0, ScenarioTheory.of(s).meanRttMs(), 0.1);
    }

    @Test
    void aRatedLinkAddsTheSerialisationTimeOfEachPacket() {
        // voip sends 160 B every 20 ms; at 128 kbit/s a packet takes 160 × 8 / 128 000 s = 10 ms to
        // serialise and the link is idle again before the next one: 2 × (5 + 10) = 30 ms. Per flow: each
        // of the two clients has a link of its own.
        Expectation e = ScenarioTheory.of(scenario("link:\n  delay: 5ms\n  rate: 128kbit\n  share: per-flow\n"));
        assertEquals(30.0, e.meanRttMs(), 1e-6);
    }

    @Test
    void clientsSharingALinkWaitForEachOther() {
        // The two clients send at the same moments into one 128 kbit/s link: one request is out after
        // 5 + 10 ms, the other waits for it (5 + 20), and their replies keep that order and gap
        // (RTTs 30 and 40 ms): mean 35 ms.
        Expectation e = ScenarioTheory.of(scenario("link:\n  delay: 5ms\n  rate: 128kbit\n"));
        assertEquals(35.0, e.meanRttMs(), 1e-6);
    }

    @Test
    void anOverloadedSharedQueueCountsItsTailDropsAsLoss() {
        // Two voip clients at 40 ms of serialisation per 20 ms interval each: ρ = 4 on the uplink, a share
        // 1 − 1/4 dropped; the downlink then carries exactly the link's rate (ρ = 1) and drops nothing.
        Expectation e = ScenarioTheory.of(scenario("link:\n  rate: 32kbit\n  limit: 5\n"));
        assertEquals(0.75, e.uplinkLossRate(), 1e-9);
        assertEquals(0, e.downlinkLossRate(), 1e-9);
    }

    @Test
    void preserveOrderHoldsBackPacketsThatWouldOvertakeSoTheMeanRises() {
        double free = ScenarioTheory.of(scenario("link:\n  delay: 20ms\n  jitter: 19ms\n")).meanRttMs();
        double ordered = ScenarioTheory.of(scenario("link:\n  delay: 20ms\n  jitter: 19ms\n  preserveOrder: true\n"))
                .meanRttMs();
        // Uniform jitter is centred: without preserveOrder the mean stays 40 ms (± 0.1 ms over 200 000
        // round trips); holding a packet behind a later-drawn predecessor only adds time.
        assertEquals(40.0, free, 0.1);
        assertTrue(ordered > free + 1, "preserveOrder " + ordered + " ms against " + free + " ms");
    }

    @Test
    void anOutagePhaseLosesTheMessagesSentDuringIt() {
        // 1 s down out of 10 s of sending: 50 of 500 messages per client, on top of nothing else.
        Expectation e = ScenarioTheory.of(scenario("link:\n  delay: 10ms\nphases:\n  - name: outage\n    from: 4s\n"
                + "    to: 5s\n    link:\n      down: true\n"));
        assertEquals(50.0 / 500, e.roundTripLossRate(), 1e-12);
        assertEquals(20.0, e.meanRttMs(), 1e-9);
    }

    @Test
    void burstyLossesWidenTheCountsSpreadIndependentOnesDoNot() {
        Expectation bursts = ScenarioTheory.of(scenario("link:\n  p: 1%\n  r: 25%\n  delay: 15ms\n"));
        Expectation random = ScenarioTheory.of(scenario("link:\n  loss: 3.846%\n  delay: 15ms\n"));
        double oneWay = 0.01 / 0.26;
        assertEquals(1 - (1 - oneWay) * (1 - oneWay), bursts.roundTripLossRate(), 1e-12);
        assertEquals(1.0, random.varianceInflation(), 1e-9);
        assertTrue(bursts.varianceInflation() > 5, "inflation " + bursts.varianceInflation());
    }
}
