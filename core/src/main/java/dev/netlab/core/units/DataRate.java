package dev.netlab.core.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link rate in bits per second, read the way netem spells it: {@code 2mbit}, {@code 512kbit},
 * {@code 1gbit}, {@code 9600bit}. Units are decimal (SI): 1 kbit = 1000 bit, 1 mbit = 1000 kbit.
 *
 * <p>Bytes per second are accepted only with an explicit {@code /s} and a capital {@code B}
 * ({@code 250KB/s} = {@code 2mbit}), because {@code tc} reads {@code kbps} as kilo<em>bytes</em>
 * per second while most people read it as kilobits: {@code 2mbps} is refused as ambiguous.
 *
 * @param bitsPerSecond the rate; at least 1
 */
public record DataRate(long bitsPerSecond) {

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a number with bit, kbit, mbit or gbit (per second), for example 2mbit,"
            + " or bytes per second with B/s, KB/s, MB/s or GB/s";

    private static final Pattern BITS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(bit|kbit|mbit|gbit)(?:/s)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYTES = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB)/s");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Checks the rate is positive. */
    public DataRate {
        if (bitsPerSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1bit: " + bitsPerSecond + "bit");
        }
    }

    /**
     * Parses a rate.
     *
     * @param text for example {@code 2mbit} or {@code 250KB/s}
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static DataRate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a rate is missing; expected " + ALLOWED);
        }
        String trimmed = text.trim();
        Matcher bits = BITS.matcher(trimmed);
        Matcher bytes = BYTES.matcher(trimmed);
        BigDecimal bitsPerSecond;
        if (bits.matches()) {
            bitsPerSecond = new BigDecimal(bits.group(1)).multiply(BigDecimal.valueOf(multiplier(bits.group(2))));
        } else if (bytes.matches()) {
            bitsPerSecond = new BigDecimal(bytes.group(1)).multiply(BigDecimal.valueOf(8 * multiplier(bytes.group(2))));
        } else {
            throw new IllegalArgumentException("not a rate: '" + text + "'; expected " + ALLOWED);
        }
        if (bitsPerSecond.compareTo(BigDecimal.ONE) < 0 || bitsPerSecond.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("rate must be between 1bit and " + Long.MAX_VALUE + "bit: '" + text + "'");
        }
        return new DataRate(bitsPerSecond.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long multiplier(String unit) {
        return switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "bit", "b" -> 1L;
            case "kbit", "kb" -> 1_000L;
            case "mbit", "mb" -> 1_000_000L;
            case "gbit", "gb" -> 1_000_000_000L;
            default -> throw new IllegalStateException("unit matched but not handled: " + unit);
        };
    }

    /** A rate given in megabits per second, for tests and defaults. */
    public static DataRate ofMegabits(long megabits) {
        return new DataRate(Math.multiplyExact(megabits, 1_000_000L));
    }

    /**
     * How long the link needs to put this many bytes on the wire, rounded up to whole nanoseconds.
     *
     * @param bytes bytes on the wire, including any per-packet overhead
     */
    public long serialisationNanos(long bytes) {
        long bits = Math.multiplyExact(bytes, 8L);
        // bits * 1e9 / rate, rounded up; the high/low split keeps it exact without overflow for any packet size.
        long whole = bits / bitsPerSecond;
        long rest = bits % bitsPerSecond;
        long restNanos = Math.floorDiv(Math.multiplyExact(rest, NANOS_PER_SECOND) + bitsPerSecond - 1, bitsPerSecond);
        return Math.addExact(Math.multiplyExact(whole, NANOS_PER_SECOND), restNanos);
    }

    /** Formats in the largest exact unit, for example {@code 2mbit}. */
    @Override
    public String toString() {
        if (bitsPerSecond % 1_000_000_000L == 0) {
            return bitsPerSecond / 1_000_000_000L + "gbit";
        }
        if (bitsPerSecond % 1_000_000L == 0) {
            return bitsPerSecond / 1_000_000L + "mbit";
        }
        if (bitsPerSecond % 1_000L == 0) {
            return bitsPerSecond / 1_000L + "kbit";
        }
        return bitsPerSecond + "bit";
    }
}
