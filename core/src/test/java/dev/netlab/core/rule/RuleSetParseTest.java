package dev.netlab.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetParseTest {

    private static Rule one(String text) {
        return RuleSet.parse(List.of(text)).rules().get(0);
    }

    private static RuleProblem problem(String text) {
        RuleException e = assertThrows(RuleException.class, () -> RuleSet.parse(List.of("drop", text)));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void theIssuesExamplesReadAsWritten() {
        RuleSet rules = RuleSet.parse(List.of("uplink index=1 drop", "downlink payload=ACK index=1 drop"));
        assertEquals(2, rules.size());
        Rule first = rules.rules().get(0);
        assertEquals(1, first.number());
        assertEquals(Set.of(Direction.UPLINK), first.directions());
        assertTrue(first.indexes().orElseThrow().contains(1));
        assertFalse(first.indexes().orElseThrow().contains(2));
        assertInstanceOf(RuleAction.Drop.class, first.action());
        Rule second = rules.rules().get(1);
        assertEquals(2, second.number());
        assertEquals(Set.of(Direction.DOWNLINK), second.directions());
        assertTrue(second.payload().orElseThrow().matches("ACK 7".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rule 2 drop", second.reason());
    }

    @Test
    void everyPartAndActionIsReadAndWrittenBackTheSame() {
        List<String> texts = List.of("index=1,3,5-7 after=2s before=5s payload=hex:0a0b corrupt=3",
                "both payload~^DATA\\s[0-9]+ duplicate", "downlink delay=250ms", "uplink hold", "hold=300ms",
                "corrupt", "payload=\"ACK 1\" drop", "downlink payload=ACK times=2 drop");
        RuleSet rules = RuleSet.parse(texts);
        Rule first = rules.rules().get(0);
        assertEquals(Set.of(Direction.UPLINK, Direction.DOWNLINK), first.directions());
        assertEquals("1,3,5-7", first.indexes().orElseThrow().toString());
        assertEquals(Duration.ofSeconds(2), first.after().orElseThrow());
        assertEquals(Duration.ofSeconds(5), first.before().orElseThrow());
        assertEquals(new RuleAction.Corrupt(OptionalInt.of(3)), first.action());
        assertEquals(new RuleAction.Delay(Duration.ofMillis(250)), rules.rules().get(2).action());
        assertEquals(new RuleAction.Hold(RuleAction.DEFAULT_HOLD_LIMIT), rules.rules().get(3).action());
        assertEquals(new RuleAction.Hold(Duration.ofMillis(300)), rules.rules().get(4).action());
        assertEquals(2, rules.rules().get(7).times().getAsLong());
        // Written back and read again, the rules are equal: the text form is the flag syntax.
        assertEquals(rules, RuleSet.parse(rules.texts()));
        assertEquals("payload=\"ACK 1\" drop", rules.texts().get(6), "a value with a space is quoted");
    }

    @Test
    void aQuotedPayloadKeepsItsSpaceAndEscapedQuote() {
        Rule rule = one("payload=\"say \\\"hi\\\" now\" drop");
        assertTrue(rule.payload().orElseThrow().matches("say \"hi\" now!".getBytes(StandardCharsets.UTF_8)));
        assertFalse(rule.payload().orElseThrow().matches("say hi".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void joinedSetsAreNumberedOn() {
        RuleSet joined = RuleSet.parse(List.of("index=1 drop")).then(RuleSet.parse(List.of("hold", "duplicate")));
        assertEquals(List.of(1, 2, 3), joined.rules().stream().map(Rule::number).toList());
        assertEquals("rule 3 duplicate", joined.rules().get(2).reason());
    }

    @Test
    void noRulesIsTheEmptySet() {
        assertTrue(RuleSet.parse(List.of()).isEmpty());
        assertEquals(RuleSet.NONE, RuleSet.parse(List.of()));
    }

    // Each bad rule names the column of the offending part: counted from 1 in the rule's own text.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "uplink index=x drop|14|not an index",
        "uplink index=1,2-1 drop|16|not a range",
        "uplink index=1,,3 drop|16|not an index",
        "uplonk index=1 drop|1|unknown word 'uplonk' (did you mean 'uplink'?)",
        "uplink index=1 hodl|16|unknown word 'hodl' (did you mean 'hold'?)",
        "uplink index=1|15|no action",
        "drop uplink|6|follows the action",
        "uplink downlink drop|8|direction is given twice",
        "index=1 index=2 drop|9|given twice",
        "after=2 drop|7|takes a number with a unit",
        "after=5s before=2s drop|10|before must be later than after",
        "payload=hex:0g drop|13|not hex bytes",
        "payload~(ab drop|12|not a regular expression", // Java reports an unclosed group at its end
        "corrupt=-1|9|byte offset",
        "delay drop|1|delay needs a duration",
        "delay=2h|7|between 0ms and 1h",
        "uplink hold=2m|13|hold must be between 0ms and 1m: 2m",
        "drop=1|1|takes no value",
        "times=0 drop|7|times takes a whole number",
        "times drop|1|times takes a whole number",
        "payload=\"ab drop|9|not closed",
    })
    void aBadRuleNamesItsNumberColumnAndWhatIsAllowed(String text, int column, String words) {
        RuleProblem p = problem(text);
        assertEquals(2, p.rule());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.message().contains(words), p.toString());
        assertTrue(p.toString().startsWith("rule 2 '" + text + "', column " + column + ": "), p.toString());
    }

    @Test
    void anEmptyRuleAndAnUnknownWordSayWhatARuleIs() {
        assertTrue(problem("  ").message().contains(RuleSet.SYNTAX));
        assertTrue(problem("lose index=1").message().contains(RuleSet.SYNTAX));
    }

    @Test
    void everyBadRuleIsReportedNotOnlyTheFirst() {
        RuleException e = assertThrows(RuleException.class,
                () -> RuleSet.parse(List.of("index=0 drop", "drop", "uplink")));
        assertEquals(List.of(1, 3), e.problems().stream().map(RuleProblem::rule).toList());
    }
}
