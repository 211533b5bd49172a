package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schema editors use must accept exactly the keys the loader accepts. */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("../docs/scenario.schema.json");

    @Test
    void theSchemaKnowsEveryKeyTheLoaderKnowsAndNoOther() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        assertEquals(new TreeSet<>(ScenarioLoader.TOP_KEYS), names(schema.path("properties")));
        assertEquals(new TreeSet<>(TrafficSection.KEYS), names(schema.path("properties").path("traffic").path("properties")));
        assertEquals(new TreeSet<>(LinkSettings.keyOrder()), names(schema.path("$defs").path("link").path("properties")));
        assertEquals(new TreeSet<>(LinkSection.PHASE_KEYS),
                names(schema.path("properties").path("phases").path("items").path("properties")));
        assertEquals(new TreeSet<>(ScenarioLoader.TCP_KEYS), names(schema.path("properties").path("tcp").path("properties")));
    }

    private static TreeSet<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return new TreeSet<>(out);
    }
}
