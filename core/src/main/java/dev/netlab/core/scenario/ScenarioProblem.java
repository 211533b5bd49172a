package dev.netlab.core.scenario;

/**
 * One thing wrong with a scenario file.
 *
 * @param source   the file's name as the user gave it
 * @param position where
 * @param key      the dotted key, for example {@code uplink.loss}; empty for the whole file
 * @param message  what is wrong and what is allowed
 */
public record ScenarioProblem(String source, YamlNode.Position position, String key, String message) {

    /** {@code lossy.yaml:7:9: uplink.loss: loss must be between 0% and 100%: 120%}. */
    @Override
    public String toString() {
        return source + ":" + position + ": " + (key.isEmpty() ? "" : key + ": ") + message;
    }
}
