package dev.netlab.lab.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.ScenarioWriter;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {

    @Test
    void everyNamedScenarioValidatesAndNamesItselfAfterItsFile() {
        for (String name : ScenarioCatalog.names()) {
            Scenario s = ScenarioCatalog.load(name);
            assertEquals(name, s.name(), "the name inside " + name + ".yaml");
            assertFalse(s.description().isBlank(), name + " must say what a student should observe");
            assertTrue(s.description().contains("Observe") || s.description().contains("observe")
                    || name.equals("clean"), name + " must say what to observe");
        }
    }

    @Test
    void theIndexListsEveryScenarioFileAndThereAreAtLeastTwelve() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/scenarios"))) {
            files = list.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
        }
        assertEquals(files, ScenarioCatalog.names().stream().sorted().toList());
        assertTrue(files.size() >= 12, "only " + files.size() + " scenarios");
        for (String required : List.of("clean", "lossy-wifi", "bursty-loss", "high-jitter", "pure-reorder", "duplicates",
                "corrupt", "satellite", "congested", "handover", "voip-under-loss", "file-transfer-under-loss")) {
            assertTrue(files.contains(required), "missing " + required);
        }
    }

    @Test
    void everyNamedScenarioFinishesWithinAMinutePerTransport() {
        for (String name : ScenarioCatalog.names()) {
            Scenario s = ScenarioCatalog.load(name);
            for (Transport t : s.transports()) { // a concurrent scenario's transports have their own traffic
                Duration sending = s.traffic(t).sendingTime();
                assertTrue(sending.compareTo(Duration.ofSeconds(25)) <= 0, name + " " + t + " sends for " + sending);
            }
        }
    }

    @Test
    void showingAScenarioGivesYamlThatLoadsToTheSameScenario() {
        Scenario s = ScenarioCatalog.load("handover");
        assertEquals(s, ScenarioLoader.load("resolved.yaml", ScenarioWriter.toYaml(s)));
    }

    @Test
    void everyNamedScenarioHasASeedOfItsOwn() {
        List<Long> seeds = ScenarioCatalog.names().stream().map(n -> ScenarioCatalog.load(n).seed()).toList();
        assertEquals(seeds.size(), seeds.stream().distinct().count(), "seeds " + seeds);
    }

    @Test
    void anUnknownNameSuggestsTheClosestOne() {
        ScenarioCatalog.UnknownScenarioException e = assertThrows(ScenarioCatalog.UnknownScenarioException.class,
                () -> ScenarioCatalog.load("lossy-wfi"));
        assertTrue(e.getMessage().contains("did you mean 'lossy-wifi'?"), e.getMessage());
    }
}
