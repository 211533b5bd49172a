package dev.netlab.core.scenario;

import dev.netlab.core.engine.ImpairmentDescriptor;
import dev.netlab.core.engine.Impairments;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.engine.SettingKey;
import dev.netlab.core.engine.SettingValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one direction's {@link LinkConfig} from settings written as text, the way scenario files
 * and the proxy's flags spell them: {@code loss: 5%}, {@code delay: 20ms}, {@code rate: 2mbit}.
 *
 * <p>Every key, its unit and what it means comes from {@link Impairments#KEYS}; a value that does
 * not parse, or a combination the engine rejects, becomes a {@link SettingException} naming the key.
 * Each value is read once: {@link #value} reads it, {@link #build} combines values already read.
 */
public final class LinkSettings {

    private LinkSettings() {
    }

    /** The keys in the order they are documented. */
    public static List<String> keyOrder() {
        return Impairments.keyNames();
    }

    /**
     * Reads one value on its own (its unit and range), without the other settings it may need.
     *
     * @return the value as the key's parser reads it, for {@link #build}
     * @throws SettingException naming the key when the value is not allowed or the key unknown
     */
    public static Object value(String key, String text) {
        SettingKey<?> setting = Impairments.key(key).orElseThrow(() -> unknown(key));
        return setting.parse(text);
    }

    /**
     * Builds a link from settings.
     *
     * @param settings key to value as text; keys as in {@link Impairments#KEYS}
     * @throws SettingException for the first key that is unknown or whose value is not allowed
     */
    public static LinkConfig parse(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (Impairments.key(key).isEmpty()) {
                throw unknown(key);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : keyOrder()) {
            if (settings.containsKey(key)) {
                values.put(key, value(key, settings.get(key)));
            }
        }
        return build(values);
    }

    /**
     * Builds a link from values each read by {@link #value}.
     *
     * @throws SettingException naming the key a combination of settings is about
     */
    public static LinkConfig build(Map<String, Object> values) {
        SettingValues given = new SettingValues(values);
        LinkConfig.Builder builder = LinkConfig.builder();
        try {
            for (ImpairmentDescriptor<?> d : Impairments.LISTED) {
                read(d, given, builder);
            }
            return builder.build();
        } catch (SettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new SettingException(blame(e.getMessage(), values), e.getMessage());
        }
    }

    private static <S> void read(ImpairmentDescriptor<S> d, SettingValues given, LinkConfig.Builder builder) {
        builder.set(d, d.settings(given));
    }

    /**
     * The settings that build {@code link} again, leaving out defaults; the inverse of
     * {@link #parse}. For writing a resolved scenario and for one-line descriptions.
     */
    public static Map<String, String> toSettings(LinkConfig link) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ImpairmentDescriptor<?> d : Impairments.LISTED) {
            print(d, link, out);
        }
        return out;
    }

    private static <S> void print(ImpairmentDescriptor<S> d, LinkConfig link, Map<String, String> out) {
        d.print(link.get(d), out);
    }

    /** A one-line description such as {@code loss 5%, delay 20ms, jitter 5ms}, or {@code none}. */
    public static String describe(LinkConfig link) {
        Map<String, String> settings = toSettings(link);
        if (settings.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        settings.forEach((key, value) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ').append(value));
        return text.toString();
    }

    /** The message for a key no impairment has, with a suggestion and the keys allowed. */
    static SettingException unknown(String key) {
        return new SettingException(key, "unknown setting '" + key + "'" + Suggestions.didYouMean(key, keyOrder())
                + "; allowed: " + String.join(", ", keyOrder()));
    }

    /** The key a combined-settings message is about: the first key it starts with, else the first given. */
    private static String blame(String message, Map<String, ?> settings) {
        for (String key : keyOrder()) {
            if (settings.containsKey(key) && message.toLowerCase(Locale.ROOT).startsWith(key.toLowerCase(Locale.ROOT))) {
                return key;
            }
        }
        return settings.keySet().stream().findFirst().orElse("link");
    }
}
