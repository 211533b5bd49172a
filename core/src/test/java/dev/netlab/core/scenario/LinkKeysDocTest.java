package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.engine.Impairments;
import dev.netlab.core.engine.SettingKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The link key table of {@code docs/scenarios.md} must list exactly the registry's keys, in its order, with its defaults. */
class LinkKeysDocTest {

    private static final Path DOC = Path.of("../docs/scenarios.md");
    private static final String SECTION = "### link, uplink, downlink";

    @Test
    void theDocsTableListsEveryKeyOfTheRegistryInOrderWithItsDefault() throws IOException {
        Map<String, String> documented = table(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        Map<String, String> registry = new LinkedHashMap<>();
        for (SettingKey<?> key : Impairments.KEYS) {
            registry.put(key.name(), key.defaultText());
        }
        // A key added to the registry but not to the docs (or the reverse) fails here, naming it.
        assertEquals(List.copyOf(registry.keySet()), List.copyOf(documented.keySet()));
        assertEquals(registry, documented);
    }

    /** Key to default from the table's rows; a row may list several keys, with one default each or one for all. */
    private static Map<String, String> table(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(SECTION)) {
            at++;
        }
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> keys = new ArrayList<>();
            for (String key : cells[1].split(",")) {
                keys.add(key.trim().replace("`", ""));
            }
            String[] defaults = cells[3].trim().split(", ");
            for (int k = 0; k < keys.size(); k++) {
                out.put(keys.get(k), defaults.length == keys.size() ? defaults[k] : cells[3].trim());
            }
        }
        return out;
    }
}
