package dev.netlab.core.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's YAML parser. */
public final class YamlReader {

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * @throws ScenarioException with one problem at the place the YAML is malformed
     */
    public static YamlNode read(String source, String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(List.of(new ScenarioProblem(source, new YamlNode.Position(1, 1), "",
                        "the file is empty; a scenario needs at least a name and a traffic section")));
            }
            YamlNode root = node(parser, first);
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            YamlNode.Position position = at == null ? new YamlNode.Position(1, 1)
                    : new YamlNode.Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            throw new ScenarioException(List.of(new ScenarioProblem(source, position, "",
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("parse error"))));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(source, new YamlNode.Position(1, 1), "",
                    "cannot read: " + e.getMessage())));
        }
    }

    private static YamlNode node(JsonParser parser, JsonToken token) throws IOException {
        YamlNode.Position position = position(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    YamlNode.Position keyPosition = position(parser.currentTokenLocation());
                    YamlNode value = node(parser, parser.nextToken());
                    entries.put(key, new YamlNode.Entry(key, keyPosition, value));
                }
                return new YamlNode.Mapping(position, entries);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(parser, t));
                }
                return new YamlNode.Sequence(position, items);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(position, "");
            default:
                return new YamlNode.Scalar(position, parser.getText());
        }
    }

    private static YamlNode.Position position(JsonLocation location) {
        return new YamlNode.Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
