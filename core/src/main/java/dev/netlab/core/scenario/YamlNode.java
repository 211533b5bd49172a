package dev.netlab.core.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers where each part was written, so a problem can be
 * reported as {@code file:line:column}.
 */
public sealed interface YamlNode {

    /** Where this node starts. */
    Position position();

    /** A line and column, both from 1. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** A key and the node under it, with the key's own position. */
    record Entry(String key, Position keyPosition, YamlNode value) {
    }

    /** A mapping; keys keep their written order. */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A sequence. */
    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A scalar, as written ({@code 5%}, {@code 20ms}, {@code true}); empty for null. */
    record Scalar(Position position, String text) implements YamlNode {
    }

    /** What kind of node this is, for messages: mapping, list or value. */
    default String kind() {
        if (this instanceof Mapping) {
            return "a mapping (key: value lines)";
        }
        if (this instanceof Sequence) {
            return "a list";
        }
        return "a single value";
    }
}
