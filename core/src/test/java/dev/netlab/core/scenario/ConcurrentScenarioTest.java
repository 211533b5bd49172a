package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.traffic.Profile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcurrentScenarioTest {

    private static final String FAIRNESS = """
            name: fairness-test
            description: UDP and TCP on one link.
            seed: 19
            concurrent:
              udp:
                profile: cbr
                rate: 1.6mbit
                duration: 10s
              tcp:
                profile: bulk
                duration: 10s
            link:
              delay: 10ms
              rate: 2mbit
              limit: 30
            """;

    private static List<String> problems(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("c.yaml", text));
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }

    @Test
    void eachTransportGetsItsOwnTrafficWithTheProfileDefaultsAndUdpsIsTheScenarios() {
        Scenario s = ScenarioLoader.load("c.yaml", FAIRNESS);
        assertTrue(s.isConcurrent());
        assertEquals(List.of(Transport.UDP, Transport.TCP), s.transports());
        assertEquals(Profile.CBR, s.traffic(Transport.UDP).profile());
        assertEquals(Duration.ofMillis(5), s.traffic(Transport.UDP).interval(), "1000 B at 1.6 Mbit/s: one every 5 ms");
        assertEquals(2000, s.traffic(Transport.UDP).messages(), "10 s at one per 5 ms");
        assertEquals(Profile.BULK, s.traffic(Transport.TCP).profile());
        assertEquals(1200, s.traffic(Transport.TCP).sizeBytes(), "bulk's default size");
        assertEquals(s.traffic(Transport.UDP), s.traffic(), "the scenario's traffic is UDP's");
    }

    @Test
    void theResolvedYamlOfAConcurrentScenarioLoadsBackToTheSameScenario() {
        Scenario s = ScenarioLoader.load("c.yaml", FAIRNESS);
        String yaml = ScenarioWriter.toYaml(s);
        assertTrue(yaml.contains("concurrent:") && !yaml.contains("\ntraffic:"), yaml);
        // Record equality covers the concurrent map too: both transports' traffic survived the writing.
        assertEquals(s, ScenarioLoader.load("scenario.yaml", yaml));
    }

    @Test
    void trafficAndConcurrentTogetherIsOneProblemAtTheConcurrentKey() {
        List<String> lines = problems(FAIRNESS.replace("link:\n", "traffic: {profile: voip}\nlink:\n"));
        assertEquals(List.of("c.yaml:4:1: concurrent: give traffic: for runs in turn, or concurrent: for udp and tcp at"
                + " once, not both"), lines);
    }

    @Test
    void transportsBesideConcurrentMustNameBoth() {
        List<String> lines = problems(FAIRNESS + "transports: [udp]\n");
        assertEquals(List.of("c.yaml:16:13: transports: a concurrent scenario runs udp and tcp at once: give transports:"
                + " [udp, tcp] or leave it out"), lines);
    }

    @Test
    void transportsInEitherOrderRunUdpFirstBecauseItsTrafficIsTheScenarios() {
        Scenario s = ScenarioLoader.load("c.yaml", FAIRNESS + "transports: [tcp, udp]\n");
        assertEquals(List.of(Transport.UDP, Transport.TCP), s.transports());
    }

    @Test
    void everyProblemUnderConcurrentIsReportedInOnePassWithItsPathAndPlace() {
        String text = """
                name: broken
                concurrent:
                  udp:
                    profile: cbrr
                    rate: fast
                  tpc:
                    profile: bulk
                """;
        List<String> lines = problems(text);
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.contains("c.yaml:6:3: concurrent.tpc: unknown key (did you mean 'tcp'?); allowed: udp, tcp"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("c.yaml:4:14: concurrent.udp.profile: unknown profile 'cbrr'")
                && l.contains("did you mean 'cbr'?")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("c.yaml:5:11: concurrent.udp.rate: ")), String.join("\n", lines));
        assertTrue(lines.contains("c.yaml:3:3: concurrent.tcp: missing: give tcp's traffic too, for example tcp:"
                + " {profile: bulk}"), String.join("\n", lines));
    }

    @Test
    void aMisspeltTrafficKeyUnderATransportGetsADidYouMean() {
        List<String> lines = problems(FAIRNESS.replace("    profile: bulk\n", "    profile: bulk\n    clinets: 2\n"));
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("c.yaml:11:5: concurrent.tcp.clinets: unknown key (did you mean 'clients'?)"),
                lines.get(0));
    }

    @Test
    void changingEachTrafficKeepsTheScenarioConcurrentAndChangesBoth() {
        Scenario s = ScenarioLoader.load("c.yaml", FAIRNESS).withEachTraffic(t -> t.withDuration(Duration.ofSeconds(2)));
        assertTrue(s.isConcurrent());
        assertEquals(400, s.traffic(Transport.UDP).messages(), "2 s at one per 5 ms");
        assertEquals(Duration.ofSeconds(2).toNanos() / Profile.BULK.interval().toNanos(), s.traffic(Transport.TCP).messages());
        assertEquals(s.traffic(Transport.UDP), s.traffic());
        assertFalse(s.withTraffic(s.traffic()).isConcurrent(), "one traffic for every transport runs them in turn");
    }
}
