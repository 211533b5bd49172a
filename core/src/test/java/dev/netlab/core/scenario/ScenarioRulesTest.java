package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.rule.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRulesTest {

    private static final String HEAD = """
            name: targeted
            traffic:
              profile: chat
            """;

    @Test
    void rulesAreReadInOrderAndWrittenBack() {
        Scenario s = ScenarioLoader.load("t.yaml", HEAD + """
                rules:
                  - uplink index=1 drop
                  - "downlink payload=ACK index=1 drop"
                """);
        assertEquals(RuleSet.parse(List.of("uplink index=1 drop", "downlink payload=ACK index=1 drop")), s.rules());
        assertEquals(s.rules(), ScenarioLoader.load("again.yaml", ScenarioWriter.toYaml(s)).rules());
    }

    @Test
    void aScenarioWithoutRulesHasNone() {
        assertTrue(ScenarioLoader.load("t.yaml", HEAD).rules().isEmpty());
    }

    @Test
    void aBadRuleGetsTheFilesLineAndColumnAndTheColumnInsideTheRule() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("t.yaml", HEAD + """
                rules:
                  - uplink index=1 drop
                  - uplink index=1-x drop
                """));
        assertEquals(1, e.problems().size(), e.getMessage());
        // Line 6 of the file, column 5 where the string starts; '1-x' starts at column 14 of the rule's own text.
        assertTrue(e.getMessage().startsWith("t.yaml:6:5: rules[2]: column 14 of 'uplink index=1-x drop': "),
                e.getMessage());
        assertTrue(e.getMessage().contains("index=1,3,5-7"), "says what is allowed: " + e.getMessage());
    }

    @Test
    void rulesMustBeAListOfStrings() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("t.yaml", HEAD + "rules: uplink index=1 drop\n"));
        assertTrue(e.getMessage().startsWith("t.yaml:4:8: rules: expected a list of rules"), e.getMessage());
        ScenarioException nested = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("t.yaml", HEAD + "rules:\n  - {drop: 1}\n"));
        assertTrue(nested.getMessage().contains("expected one rule as a string"), nested.getMessage());
    }

    @Test
    void aMisspeltRulesKeyIsSuggested() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("t.yaml", HEAD + "rule:\n  - drop\n"));
        assertTrue(e.getMessage().contains("did you mean 'rules'") || e.getMessage().contains("rules"), e.getMessage());
    }

    @Test
    void anotherYamlFileCanReadRulesWithTheSamePlaces() {
        YamlNode.Mapping root = (YamlNode.Mapping) YamlReader.read("suite.yaml", """
                case: first-ack
                faults:
                  - downlink payload=ACK times=one drop
                """);
        List<ScenarioProblem> problems = new java.util.ArrayList<>();
        assertTrue(RulesSection.read("suite.yaml", root.entries().get("faults"), "faults", problems).isEmpty());
        assertEquals("suite.yaml:3:5: faults[1]: column 28 of 'downlink payload=ACK times=one drop': times takes a "
                + "whole number from 1, for example times=1 (the rule acts on the first datagram it picks in each flow)",
                problems.get(0).toString());
        assertEquals(RuleSet.NONE, RulesSection.read("suite.yaml", null, "faults", problems).orElseThrow());
    }
}
