package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.ScenarioException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteLoaderTest {

    @Test
    void theBuiltInRdtSuiteHasEveryCaseTheCourseworkNeeds() {
        Suite rdt = Suites.builtIn("rdt");
        // The list: perfect small and large, data loss 10% and 30%, ACK loss, corruption,
        // duplication, reordering, delay with jitter, all together, and the five targeted cases.
        assertEquals(List.of("perfect-small", "perfect-large", "data-loss-10", "data-loss-30", "ack-loss-20",
                "corruption", "duplication", "reordering", "delay-jitter", "all-together", "first-data-dropped",
                "first-ack-dropped", "last-data-dropped", "last-ack-dropped", "burst-of-5"),
                rdt.cases().stream().map(CheckCase::name).toList());
        assertEquals(15, rdt.points());
    }

    @Test
    void aCaseTakesTheSuitesDefaultsAndItsOwnLinkPerDirection() {
        Suite s = SuiteLoader.load("s.yaml", """
                name: s
                seed: 9
                size: 2KB
                timeLimit: 5s
                points: 2
                cases:
                  - name: a
                    link: {loss: 10%}
                    downlink: {loss: 20%}
                  - name: b
                    size: 1KB
                    points: 5
                    rules: [uplink index=1 drop]
                """);
        CheckCase a = s.cases().get(0);
        assertEquals(9, a.seed());
        assertEquals(2000, a.sizeBytes());
        assertEquals(Duration.ofSeconds(5), a.timeLimit());
        assertEquals("10%", a.uplinkTexts().get("loss"));
        // downlink is written over link, as in a scenario
        assertEquals("20%", a.downlinkTexts().get("loss"));
        CheckCase b = s.cases().get(1);
        assertEquals(1000, b.sizeBytes());
        assertEquals(List.of("uplink index=1 drop"), b.rules());
        assertEquals(7, s.points());
    }

    @Test
    void aMisspeltSettingIsReportedWithFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("typo.yaml", """
                name: typo
                cases:
                  - name: lossy
                    uplink:
                      los: 10%
                """));
        assertTrue(e.getMessage().startsWith("typo.yaml:5:7: cases[0].uplink.los: unknown setting"), e.getMessage());
        assertTrue(e.getMessage().contains("loss"), "suggests the right key: " + e.getMessage());
    }

    @Test
    void aBadRuleIsReportedWhereItWasWrittenWithItsColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("r.yaml", """
                name: r
                cases:
                  - name: x
                    rules:
                      - uplink index=1 explode
                """));
        // "explode" is column 16 of the rule, which starts at column 9 of line 5
        assertTrue(e.getMessage().startsWith("r.yaml:5:24: cases[0].rules[0]: 'uplink index=1 explode', column 16"),
                e.getMessage());
    }

    @Test
    void aQuotedRulesColumnCountsFromInsideTheQuote() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("r.yaml", """
                name: r
                cases:
                  - name: x
                    rules: ["uplink index=1 explode"]
                """));
        assertTrue(e.getMessage().startsWith("r.yaml:4:29: cases[0].rules[0]:"), e.getMessage());
    }

    @Test
    void lastNeedsADirectionBecauseEachDirectionHasItsOwnLast() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("r.yaml", """
                name: r
                cases:
                  - name: x
                    rules: [index=last drop]
                """));
        assertTrue(e.getMessage().contains("index=last needs the rule to start with its direction"), e.getMessage());
    }

    @Test
    void everyProblemIsListedOnceInFileOrder() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("m.yaml", """
                name: m
                sise: 1KB
                cases:
                  - name: Bad_Name
                    timeLimit: 2h
                  - name: ok
                    points: many
                """));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals(List.of(2, 4, 5, 7), e.problems().stream().map(p -> p.position().line()).toList());
    }

    @Test
    void twoCasesMayNotShareAName() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SuiteLoader.load("d.yaml", """
                name: d
                cases:
                  - name: a
                  - name: a
                """));
        assertTrue(e.getMessage().contains("d.yaml:4:11: cases[1].name: another case has this name: a"),
                e.getMessage());
    }
}
