package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.traffic.Profile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    private static final String LOSSY = """
            name: lossy-test
            description: A lossy link.
            seed: 42
            traffic:
              profile: voip
              clients: 2
              duration: 2s
              server: upper
            link:
              loss: 2%
              delay: 20ms
            downlink:
              loss: 1%
            phases:
              - name: outage
                from: 1s
                to: 1.5s
                link: {down: true}
            transports: [udp, tcp]
            tcp:
              window: 32KiB
            """;

    @Test
    void readsEveryPartAndFillsTheProfileDefaults() {
        Scenario s = ScenarioLoader.load("lossy.yaml", LOSSY);
        assertEquals("lossy-test", s.name());
        assertEquals(42, s.seed());
        assertEquals(Profile.VOIP, s.traffic().profile());
        assertEquals(160, s.traffic().sizeBytes(), "voip's default size");
        assertEquals(100, s.traffic().messages(), "2 s at one message per 20 ms");
        assertEquals(ServerMode.UPPER, s.traffic().server());
        assertEquals("2%", s.uplinkSettings().get("loss"));
        assertEquals("1%", s.downlinkSettings().get("loss"), "the direction's own setting wins over link");
        assertEquals("20ms", s.downlinkSettings().get("delay"), "link applies to both directions");
        assertEquals(1, s.phases().size());
        assertTrue(s.phases().get(0).uplink().down());
        assertEquals(Duration.ofMillis(1500), s.phases().get(0).to());
        assertEquals(32 * 1024, s.tcp().windowBytes());
    }

    @Test
    void resolvedYamlLoadsBackToTheSameScenario() {
        Scenario s = ScenarioLoader.load("lossy.yaml", LOSSY);
        Scenario again = ScenarioLoader.load("scenario.yaml", ScenarioWriter.toYaml(s));
        // Record equality covers every field: nothing the run depends on was lost in writing.
        assertEquals(s, again);
    }

    @Test
    void namesEveryProblemWithItsLineColumnKeyAndWhatIsAllowed() {
        String bad = """
                name: broken
                traffic:
                  profile: voip
                  dureation: 5s
                link:
                  loss: 120%
                  dealy: 20ms
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("bad.yaml", bad));
        List<String> lines = e.problems().stream().map(ScenarioProblem::toString).toList();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals("bad.yaml:4:3: traffic.dureation: unknown key (did you mean 'duration'?); allowed: "
                + String.join(", ", TrafficSection.KEYS), lines.get(0));
        assertEquals("bad.yaml:6:9: link.loss: loss must be between 0% and 100%: 120%", lines.get(1));
        assertTrue(lines.get(2).startsWith("bad.yaml:7:3: link.dealy: unknown setting (did you mean 'delay'?)"), lines.get(2));
    }

    @Test
    void aDurationOfNoTimeIsRefusedAtItsPlaceInTrafficAndInAConcurrentSection() {
        // 0s used to pass and send one message per client: a run that measures nothing.
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("z.yaml",
                "name: z\ntraffic:\n  profile: voip\n  duration: 0s\n"));
        assertEquals(List.of("z.yaml:4:13: traffic.duration: must be above 0s, for example 5s: 0s"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
        ScenarioException both = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("c.yaml",
                "name: c\nconcurrent:\n  udp: {profile: cbr, duration: 5s}\n  tcp:\n    profile: bulk\n    duration: 0ms\n"));
        assertEquals(List.of("c.yaml:6:15: concurrent.tcp.duration: must be above 0s, for example 5s: 0ms"),
                both.problems().stream().map(ScenarioProblem::toString).toList());
    }

    @Test
    void malformedYamlIsOneProblemWithItsPlace() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("x.yaml", "name: a\ntraffic: [unclosed\n"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).toString().startsWith("x.yaml:"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aMissingNameAndProfileAreBothReported() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("x.yaml", "traffic:\n  clients: 2\n"));
        String all = e.getMessage();
        assertTrue(all.contains("name: missing"), all);
        assertTrue(all.contains("traffic.profile: missing"), all);
    }

    @Test
    void overlappingPhasesAreRejected() {
        String text = """
                name: phases
                traffic: {profile: game}
                link: {delay: 10ms}
                phases:
                  - {name: a, from: 1s, to: 3s, link: {loss: 50%}}
                  - {name: b, from: 2s, to: 4s, link: {down: true}}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("p.yaml", text));
        assertTrue(e.getMessage().contains("phases[1].from: phases must be in time order and not overlap"), e.getMessage());
    }

    @Test
    void fileProfileSendsItsBytesInPiecesOfTheMessageSize() {
        Scenario s = ScenarioLoader.load("f.yaml", "name: f\ntraffic: {profile: file, bytes: 12000B, size: 1200}\n");
        assertEquals(10, s.traffic().messages());
    }
}
