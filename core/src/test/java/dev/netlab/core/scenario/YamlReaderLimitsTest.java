package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderLimitsTest {

    private static final String BASE = "name: t\ntraffic:\n  profile: voip\n";

    private static List<ScenarioProblem> problems(String text) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load("f.yaml", text)).problems();
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhereItIsGivenAgain() {
        List<ScenarioProblem> p = problems(BASE + "link:\n  loss: 5%\n  loss: 6%\n");
        assertEquals(1, p.size(), p.toString());
        assertEquals(new YamlNode.Position(6, 3), p.get(0).position());
        assertTrue(p.get(0).toString().contains("loss is given twice in this mapping (first at line 5)"), p.toString());
    }

    @Test
    void aSecondDocumentIsRefusedNotIgnored() {
        List<ScenarioProblem> p = problems(BASE + "---\nname: other\n");
        assertTrue(p.get(0).toString().contains("a second YAML document"), p.toString());
    }

    @Test
    void typeTagsAreRefused() {
        List<ScenarioProblem> p = problems(BASE + "seed: !!java.lang.Long 5\n");
        assertTrue(p.get(0).toString().contains("type tags such as"), p.toString());
    }

    @Test
    void anAliasToAMappingGivesTheAnchoredSettings() {
        Scenario s = ScenarioLoader.load("f.yaml", BASE + "uplink: &u\n  loss: 5%\n  delay: 20ms\ndownlink: *u\n");
        assertEquals(s.uplink(), s.downlink());
        assertEquals(0.05, s.downlink().loss().lossRate(), 1e-12);
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeParsing() {
        String huge = BASE + "description: " + "x".repeat(YamlReader.MAX_BYTES) + "\n";
        long start = System.nanoTime();
        List<ScenarioProblem> p = problems(huge);
        assertTrue(p.get(0).toString().contains("larger than 1024 KiB"), p.toString());
        // Refused from its length alone; generous bound only against a parse of the whole text.
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void manyProblemsAreListedUpToTwentyAndCounted() {
        StringBuilder text = new StringBuilder(BASE + "link:\n");
        for (int i = 0; i < 50; i++) {
            text.append("  nokey").append(i).append(": 1\n");
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("f.yaml", text.toString()));
        assertEquals(50, e.problems().size());
        assertEquals(ScenarioException.MAX_LISTED + 1, e.getMessage().lines().count());
        assertTrue(e.getMessage().endsWith("... and 30 more problems (fix these first)"), e.getMessage());
    }

    @Test
    void aBadIntervalWithADurationIsOneProblemNotACrash() {
        // Found by ScenarioFuzzTest: the duration's message count divided by an interval that did not parse.
        List<ScenarioProblem> p = problems(BASE + "  interval: 10.5%00ms\n  duration: 5s\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).toString().contains("traffic.interval"), p.toString());
    }

    @Test
    void aDrainOfAHundredYearsIsRefusedSoEveryRunEnds() {
        List<ScenarioProblem> p = problems(BASE + "drain: 876000h\n");
        assertTrue(p.get(0).toString().contains("drain must be between 0s and 10m"), p.toString());
    }
}
