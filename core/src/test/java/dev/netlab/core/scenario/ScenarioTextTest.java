package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {

    @Test
    void durationsAreWrittenInTheLargestUnitWithTheDecimalsThatKeepThemExact() {
        assertEquals("16.666667ms", ScenarioText.duration(Duration.ofNanos(16_666_667)));
        assertEquals("1.5s", ScenarioText.duration(Duration.ofMillis(1500)));
        assertEquals("2s", ScenarioText.duration(Duration.ofSeconds(2)));
        assertEquals("250us", ScenarioText.duration(Duration.ofNanos(250_000)));
        assertEquals("999ns", ScenarioText.duration(Duration.ofNanos(999)));
        assertEquals("0s", ScenarioText.duration(Duration.ZERO));
    }

    @Test
    void everyDescriptionLoadsBackUnchangedFoldedOrQuoted() {
        // Folded when it can be (long plain text); quoted when a folded block would change it.
        String longText = "word ".repeat(60).strip();
        for (String description : List.of(longText, "short", "two  spaces", "line\nbreak", "tab\there",
                "quote \" and back\\slash", "x".repeat(120) + " tail", "# not a comment: - [not a list]")) {
            String yaml = "name: t\n" + ScenarioText.description(description) + "traffic: {profile: voip, duration: 1s}\n";
            assertEquals(description, ScenarioLoader.load("t.yaml", yaml).description(), yaml);
        }
        // 60 four-letter words with their spaces are 299 characters: 19 words fit a 94-column line, so
        // "description: >" and four lines, none past the 96th column (2 of indentation).
        List<String> lines = ScenarioText.description(longText).lines().toList();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals(96, lines.get(1).length());
    }
}
