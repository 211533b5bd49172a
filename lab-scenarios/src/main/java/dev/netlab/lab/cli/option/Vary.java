package dev.netlab.lab.cli.option;

import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.scenario.Suggestions;
import dev.netlab.lab.cli.console.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary} of a sweep: a link setting of one direction (or both) and its values, for
 * example {@code uplink.loss=0,1,2,5%}. A unit written after the last value applies to every
 * value without one.
 *
 * @param direction {@code uplink}, {@code downlink} or {@code link} (both)
 * @param key       a link setting, for example {@code loss}
 * @param values    the values as written, units filled in
 */
public record Vary(String direction, String key, List<String> values) {

    private static final Pattern FORM = Pattern.compile("(link|uplink|downlink)\\.([A-Za-z]+)=(.+)");
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*([A-Za-z%/]*)\\s*");

    /** Reads {@code uplink.loss=0,1,2,5%}. */
    public static Vary parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new BadInputException("--vary: expected DIRECTION.SETTING=V1,V2,... with DIRECTION link, uplink or downlink, "
                    + "for example uplink.loss=0,1,2,5%; got '" + text + "'");
        }
        String key = m.group(2);
        if (!LinkSettings.keyOrder().contains(key)) {
            throw new BadInputException("--vary: unknown setting '" + key + "'" + Suggestions.didYouMean(key, LinkSettings.keyOrder())
                    + "; allowed: " + String.join(", ", LinkSettings.keyOrder()));
        }
        String[] parts = m.group(3).split(",");
        if (parts.length == 0 || java.util.Arrays.stream(parts).anyMatch(p -> p.isBlank())) {
            throw new BadInputException("--vary " + m.group(1) + "." + key + ": a value is empty in '" + m.group(3)
                    + "'; give values separated by commas, for example " + key + "=0,5%");
        }
        String unit = "";
        Matcher last = NUMBER_UNIT.matcher(parts[parts.length - 1]);
        if (last.matches()) {
            unit = last.group(2);
        }
        List<String> values = new ArrayList<>();
        for (String part : parts) {
            Matcher p = NUMBER_UNIT.matcher(part);
            String value = p.matches() && p.group(2).isEmpty() ? p.group(1) + unit : part.trim();
            try {
                LinkSettings.value(key, value);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--vary " + m.group(1) + "." + key + ": " + e.getMessage());
            }
            values.add(value);
        }
        if (values.size() < 2) {
            throw new BadInputException("--vary: give at least two values to compare, for example " + key + "=0,5%");
        }
        return new Vary(m.group(1), key, values);
    }

    /** {@code uplink.loss}. */
    public String name() {
        return direction + "." + key;
    }

    /** The number in a value, for a chart's x axis: {@code 5%} is 5, {@code 20ms} is 20. */
    public static double number(String value) {
        Matcher p = NUMBER_UNIT.matcher(value);
        return p.matches() ? Double.parseDouble(p.group(1)) : Double.NaN;
    }
}
