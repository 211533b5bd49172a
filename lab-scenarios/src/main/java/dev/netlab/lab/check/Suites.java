package dev.netlab.lab.check;

import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.ScenarioProblem;
import dev.netlab.core.scenario.YamlNode;
import dev.netlab.core.scenario.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in suites ({@code rdt}) and suite files. */
public final class Suites {

    /** The names of the built-in suites. */
    public static final List<String> BUILT_IN = List.of("rdt");

    private Suites() {
    }

    /**
     * A built-in suite by name, or a suite file.
     *
     * @throws ScenarioException listing every problem of a file, or naming a suite that does not exist
     */
    public static Suite load(String nameOrFile) {
        if (BUILT_IN.contains(nameOrFile)) {
            return builtIn(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw problem(nameOrFile, "no built-in suite and no file of this name; built in: "
                    + String.join(", ", BUILT_IN) + ", or give a suite file (docs/check.md)");
        }
        try {
            if (Files.size(file) > YamlReader.MAX_BYTES) {
                throw problem(nameOrFile, "the file is larger than " + YamlReader.MAX_BYTES / 1024 + " KiB, the most a"
                        + " suite file may be");
            }
            Suite suite = SuiteLoader.load(nameOrFile, Files.readString(file, StandardCharsets.UTF_8));
            return new Suite(suite.name(), suite.description(), nameOrFile, suite.cases());
        } catch (IOException e) {
            throw problem(nameOrFile, "cannot read the file: " + e.getMessage());
        }
    }

    /** A built-in suite; its text is in the jar under {@code suites/}. */
    public static Suite builtIn(String name) {
        String resource = "/suites/" + name + ".yaml";
        try (InputStream in = Suites.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in suite " + name + " is missing from the jar");
            }
            Suite suite = SuiteLoader.load(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new Suite(suite.name(), suite.description(), "built-in", suite.cases());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioException problem(String source, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(source, new YamlNode.Position(1, 1), "", message)));
    }
}
