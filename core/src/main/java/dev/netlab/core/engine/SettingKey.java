package dev.netlab.core.engine;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Durations;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One key of a link's settings as scenario files and the proxies' flags spell it, for example
 * {@code loss} or {@code delay}: what it is called, how the command line labels its value, what it
 * means, its default, how its text is read and how a value is written back. Each
 * {@link ImpairmentDescriptor} lists its own keys.
 *
 * @param <T>         the type a value is read into
 * @param name        the key, for example {@code lossInBad}
 * @param paramLabel  the command line's label for its value: PERCENT, DURATION, RATE, BYTES, PACKETS, NAME or BOOL
 * @param help        what it does, one line, for the flags' help and the docs
 * @param defaultText the default as the docs table writes it, {@code -} when there is none
 * @param parser      reads trimmed text, throwing {@link IllegalArgumentException} naming the value and what is allowed
 * @param printer     writes a value so that {@code parser} reads it back
 * @param flag        the proxies' flag without its dashes, for example {@code loss-in-bad}; by default the
 *                    key with its words split by dashes
 */
public record SettingKey<T>(String name, String paramLabel, String help, String defaultText,
        Function<String, T> parser, Function<T, String> printer, String flag) {

    /** Checks every part is given. */
    public SettingKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(paramLabel, "paramLabel");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(printer, "printer");
    }

    /** A key whose flag is the key with its words split by dashes: {@code lossInBad} is {@code --loss-in-bad}. */
    SettingKey(String name, String paramLabel, String help, String defaultText, Function<String, T> parser,
            Function<T, String> printer) {
        this(name, paramLabel, help, defaultText, parser, printer,
                name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }

    /** The same key with another flag name, where the key alone would be unclear on a command line. */
    SettingKey<T> flagged(String otherFlag) {
        return new SettingKey<>(name, paramLabel, help, defaultText, parser, printer, otherFlag);
    }

    /**
     * Reads one value.
     *
     * @throws SettingException naming this key when the text is not an allowed value
     */
    public T parse(String text) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw new SettingException(name, e.getMessage());
        }
    }

    /** Writes a value the way {@link #parse} reads it. */
    public String print(T value) {
        return printer.apply(value);
    }

    /** Whether the key is a switch: a flag given without a value means {@code true}. */
    public boolean toggle() {
        return paramLabel.equals("BOOL");
    }

    /** A probability, 0% to 100%. */
    static SettingKey<Percent> probability(String name, String help, String defaultText) {
        return new SettingKey<>(name, "PERCENT", help, defaultText,
                t -> Percent.requireProbability(name, Percent.parse(t)), Percent::toString);
    }

    /** A duration such as {@code 20ms}. */
    static SettingKey<Duration> duration(String name, String help, String defaultText) {
        return new SettingKey<>(name, "DURATION", help, defaultText, Durations::parse, Durations::format);
    }

    /** A rate such as {@code 2mbit}. */
    static SettingKey<DataRate> rate(String name, String help, String defaultText) {
        return new SettingKey<>(name, "RATE", help, defaultText, DataRate::parse, DataRate::toString);
    }

    /** A size such as {@code 28B}. */
    static SettingKey<ByteSize> bytes(String name, String help, String defaultText) {
        return new SettingKey<>(name, "BYTES", help, defaultText, ByteSize::parse, ByteSize::toString);
    }

    /** A whole number of packets. */
    static SettingKey<Integer> packets(String name, String help, String defaultText) {
        return new SettingKey<>(name, "PACKETS", help, defaultText, t -> {
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number: '" + t + "'");
            }
        }, String::valueOf);
    }

    /** A switch: true, yes or on; false, no or off. */
    static SettingKey<Boolean> bool(String name, String help, String defaultText) {
        return new SettingKey<>(name, "BOOL", help, defaultText, t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: '" + t + "'");
        }, String::valueOf);
    }

    /** A name from a fixed set, or a pattern: anything its own parser reads. */
    static <T> SettingKey<T> named(String name, String help, String defaultText, Function<String, T> parser,
            Function<T, String> printer) {
        return new SettingKey<>(name, "NAME", help, defaultText, parser, printer);
    }
}
