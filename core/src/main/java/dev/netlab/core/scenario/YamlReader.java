package dev.netlab.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's YAML parser, and
 * refuses what a scenario file never needs: more than {@link #MAX_BYTES} of text, a second
 * document, a key given twice in one mapping, and explicit type tags ({@code !!java...}).
 * Anchors and aliases ({@code uplink: &u ...}, {@code downlink: *u}) are resolved to the anchored
 * node, mappings included.
 */
public final class YamlReader {

    /** The largest scenario file read: 1 MiB, far above any real scenario (the shipped ones are under 2 KiB). */
    public static final int MAX_BYTES = 1 << 20;

    private static final YAMLFactory YAML = new YAMLFactory();

    private final String source;
    private final List<ScenarioProblem> problems = new ArrayList<>();
    private final Map<String, YamlNode> anchors = new HashMap<>();

    private YamlReader(String source) {
        this.source = source;
    }

    /**
     * Reads one YAML document.
     *
     * @param source the name to show in messages, for example the file name
     * @param text the file's text
     * @return the document's root node
     * @throws ScenarioException with every problem found, each at its place in the file
     */
    public static YamlNode read(String source, String text) {
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw failure(source, new YamlNode.Position(1, 1), "the file is larger than " + MAX_BYTES / 1024
                    + " KiB, the most a scenario file may be; scenarios are a few lines of settings");
        }
        List<ScenarioProblem> tabs = YamlSyntax.tabs(source, text);
        if (!tabs.isEmpty()) {
            throw new ScenarioException(tabs); // every tab at once: the parser would stop at the first
        }
        return new YamlReader(source).document(text);
    }

    private YamlNode document(String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw failure(source, new YamlNode.Position(1, 1),
                        "the file is empty; a scenario needs at least a name and a traffic section");
            }
            YamlNode root = node(parser, first);
            if (parser.nextToken() != null) {
                problem(position(parser.currentTokenLocation()), "a second YAML document starts here; a scenario"
                        + " file holds one document (remove the --- line and what follows, or split the file)");
            }
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            YamlNode.Position position = at == null ? new YamlNode.Position(1, 1)
                    : new YamlNode.Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new ScenarioException(List.of(YamlSyntax.explain(source, text, position.line(), position.column(),
                    e.getOriginalMessage())));
        } catch (IOException e) {
            throw failure(source, new YamlNode.Position(1, 1), "cannot read: " + e.getMessage());
        }
    }

    private YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        YamlNode.Position position = position(parser.currentTokenLocation());
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            YamlNode anchored = anchors.get(parser.getText());
            if (anchored == null) {
                problem(position, "*" + parser.getText() + " refers to no anchor defined above it (&"
                        + parser.getText() + ")");
                return new YamlNode.Scalar(position, "");
            }
            return anchored;
        }
        String tag = parser.getTypeId() instanceof String t ? t : null;
        if (tag != null) {
            problem(position, "type tags such as !" + tag + " are not allowed in a scenario file; write the plain value");
        }
        String anchor = parser.getObjectId() instanceof String a ? a : null;
        YamlNode node = switch (token) {
            case START_OBJECT -> mapping(parser, position);
            case START_ARRAY -> sequence(parser, position);
            case VALUE_NULL -> new YamlNode.Scalar(position, "");
            default -> new YamlNode.Scalar(position, parser.getText());
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode mapping(JsonParser parser, YamlNode.Position position) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            YamlNode.Position keyPosition = position(parser.currentTokenLocation());
            YamlNode value = node(parser, parser.nextToken());
            YamlNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                problem(keyPosition, key + " is given twice in this mapping (first at line "
                        + earlier.keyPosition().line() + "); keep one");
            } else {
                entries.put(key, new YamlNode.Entry(key, keyPosition, value));
            }
        }
        return new YamlNode.Mapping(position, entries);
    }

    private YamlNode sequence(JsonParser parser, YamlNode.Position position) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            items.add(node(parser, t));
        }
        return new YamlNode.Sequence(position, items);
    }

    private void problem(YamlNode.Position position, String message) {
        problems.add(new ScenarioProblem(source, position, "", message));
    }

    private static ScenarioException failure(String source, YamlNode.Position position, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(source, position, "", message)));
    }

    private static YamlNode.Position position(JsonLocation location) {
        return new YamlNode.Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
