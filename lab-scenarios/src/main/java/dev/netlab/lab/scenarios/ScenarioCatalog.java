package dev.netlab.lab.scenarios;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The named scenarios that ship with netlab ({@code src/main/resources/scenarios/*.yaml}, listed
 * in {@code scenarios/index}), and the way a user names one: a name from the list or a file.
 */
public final class ScenarioCatalog {

    private static final String FOLDER = "/scenarios/";

    private ScenarioCatalog() {
    }

    /** Every named scenario, in the index's order. */
    public static List<String> names() {
        return read(FOLDER + "index").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The YAML text of a named scenario. */
    public static String text(String name) {
        if (!names().contains(name)) {
            throw new UnknownScenarioException("unknown scenario '" + name + "'" + Suggestions.didYouMean(name, names())
                    + "; 'netlab list' shows the named ones, or give a file");
        }
        return read(FOLDER + name + ".yaml");
    }

    /**
     * A scenario by name or file: an existing file wins, then a named scenario.
     *
     * @throws UnknownScenarioException when it is neither
     * @throws dev.netlab.core.scenario.ScenarioException when the file has problems
     */
    public static Scenario load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return ScenarioLoader.load(file);
        }
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")) {
            throw new UnknownScenarioException("no such file: " + nameOrFile);
        }
        return ScenarioLoader.load(nameOrFile + ".yaml", text(nameOrFile));
    }

    private static String read(String resource) {
        try (InputStream in = ScenarioCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neither a named scenario nor an existing file. */
    public static final class UnknownScenarioException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnknownScenarioException(String message) {
            super(message);
        }
    }
}
