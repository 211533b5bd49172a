package dev.netlab.lab.cli.option;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Impairments;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.engine.SettingKey;
import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.lab.cli.console.BadInputException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The proxies' impairment flags, one per link setting ({@link Impairments#KEYS}), each in three
 * forms: {@code --loss} for both directions, {@code --uplink-loss} for client to server and
 * {@code --downlink-loss} for server to client. A direction's own form wins over the shared one.
 *
 * <p>Declared from the list of settings rather than by hand, so the flags and the scenario files
 * can never disagree on what a link can do.
 */
public final class ImpairmentFlags implements IModelTransformer {

    private static final String UPLINK = "uplink-";
    private static final String DOWNLINK = "downlink-";

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (SettingKey<?> key : Impairments.KEYS) {
            String flag = key.flag();
            for (String prefix : new String[] {"", UPLINK, DOWNLINK}) {
                OptionSpec.Builder option = OptionSpec.builder("--" + prefix + flag)
                        .type(String.class)
                        .paramLabel(key.paramLabel())
                        .hidden(!prefix.isEmpty())
                        .description((key.help() + (prefix.isEmpty() ? "" : " (" + prefix + "only)"))
                                .replace("%", "%%")); // picocli formats descriptions
                if (key.toggle()) {
                    option.arity("0..1").fallbackValue("true");
                }
                spec.addOption(option.build());
            }
        }
        return spec;
    }

    /** Whether any impairment flag was given. */
    public static boolean any(ParseResult parsed) {
        for (String key : LinkSettings.keyOrder()) {
            for (String prefix : new String[] {"", UPLINK, DOWNLINK}) {
                if (parsed.hasMatchedOption("--" + prefix + flag(key))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The link of each direction from the flags given.
     *
     * @throws BadInputException naming the flag whose value is not allowed
     */
    public static Map<Direction, LinkConfig> links(ParseResult parsed) {
        Map<Direction, LinkConfig> links = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            String own = direction == Direction.UPLINK ? UPLINK : DOWNLINK;
            Map<String, String> settings = new LinkedHashMap<>();
            Map<String, String> flagOfKey = new HashMap<>();
            for (String key : LinkSettings.keyOrder()) {
                for (String prefix : new String[] {"", own}) { // the direction's own form last, so it wins
                    String name = "--" + prefix + flag(key);
                    if (parsed.hasMatchedOption(name)) {
                        settings.put(key, parsed.matchedOptionValue(name, ""));
                        flagOfKey.put(key, name);
                    }
                }
            }
            try {
                links.put(direction, LinkSettings.parse(settings));
            } catch (SettingException e) {
                throw new BadInputException(flagOfKey.getOrDefault(e.key(), "--" + flag(e.key())) + ": "
                        + Suggestions.forValue(e.getMessage(), settings.get(e.key())) + " (" + direction.label() + ")");
            }
        }
        return links;
    }

    /** The flag of a key without its dashes, as {@link SettingKey#flag} names it; the key itself when unknown. */
    public static String flag(String key) {
        return Impairments.key(key).map(SettingKey::flag).orElse(key);
    }
}
