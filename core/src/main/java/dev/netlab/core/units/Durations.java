package dev.netlab.core.units;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way scenario files and flags spell them: {@code 20ms},
 * {@code 1.5s}, {@code 250us}, {@code 2m}. A bare number is rejected because its unit would be
 * a guess.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|min|h)");

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a number with a unit: ns, us, ms, s, m or h (for example 20ms or 1.5s)";

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @param text for example {@code 20ms}
     * @return the duration, never negative
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static Duration parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a duration is missing; expected " + ALLOWED);
        }
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "'; expected " + ALLOWED);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        long nanosPerUnit = switch (m.group(2)) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m", "min" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new IllegalStateException("unit matched but not handled: " + m.group(2));
        };
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("duration too long: '" + text + "'");
        }
        return Duration.ofNanos(nanos.longValue());
    }

    /**
     * Parses a duration no longer than {@code max}.
     *
     * @throws IllegalArgumentException naming the text and the limit, for example {@code must be at most 1h: 2h}
     */
    public static Duration parseAtMost(String text, Duration max) {
        Duration d = parse(text);
        if (d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be at most " + formatLimit(max) + ": " + text.trim());
        }
        return d;
    }

    /** A limit for people: in whole hours or minutes when it is one, for example {@code 1h} or {@code 10m}. */
    public static String formatLimit(Duration limit) {
        long seconds = limit.getSeconds();
        if (limit.getNano() == 0 && seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (limit.getNano() == 0 && seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return format(limit);
    }

    /** Formats a duration in the largest unit that keeps it exact, for example {@code 1500ms}, {@code 2s}. */
    public static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos != 0 && nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + "s";
        }
        if (nanos % 1_000_000L == 0) {
            return nanos / 1_000_000L + "ms";
        }
        if (nanos % 1_000L == 0) {
            return nanos / 1_000L + "us";
        }
        return nanos + "ns";
    }
}
