package dev.netlab.core.units;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes, read as {@code 1500B}, {@code 64KB}, {@code 1MB} (decimal: 1 KB = 1000 B)
 * or {@code 64KiB}, {@code 1MiB} (binary: 1 KiB = 1024 B). The {@code B} must be a capital:
 * a small {@code b} means bits in networking, so {@code 1mb} is refused rather than guessed.
 *
 * @param bytes the size; not negative
 */
public record ByteSize(long bytes) {

    /** No bytes. */
    public static final ByteSize ZERO = new ByteSize(0);

    /** What {@link #parse} accepts, for error messages. */
    public static final String ALLOWED = "a number with B, KB, MB or GB (decimal, 1KB = 1000B) or KiB, MiB or GiB"
            + " (binary, 1KiB = 1024B), for example 1500B";

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB|KiB|MiB|GiB)");

    /** Checks the size is not negative. */
    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size must be 0B or more: " + bytes + "B");
        }
    }

    /**
     * Parses a size.
     *
     * @param text for example {@code 1500B} or {@code 1MB}
     * @throws IllegalArgumentException naming the text and what is allowed
     */
    public static ByteSize parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a size is missing; expected " + ALLOWED);
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "'; expected " + ALLOWED);
        }
        long perUnit = switch (m.group(2)) {
            case "B" -> 1L;
            case "kB", "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            case "KiB" -> 1L << 10;
            case "MiB" -> 1L << 20;
            case "GiB" -> 1L << 30;
            default -> throw new IllegalStateException("unit matched but not handled: " + m.group(2));
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit));
        if (bytes.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("not a whole number of bytes: '" + text + "'");
        }
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("size too large: '" + text + "'");
        }
        return new ByteSize(bytes.longValueExact());
    }

    /** Formats in the largest exact decimal unit, for example {@code 1500B} or {@code 64KB}. */
    @Override
    public String toString() {
        if (bytes != 0 && bytes % 1_000_000_000L == 0) {
            return bytes / 1_000_000_000L + "GB";
        }
        if (bytes != 0 && bytes % 1_000_000L == 0) {
            return bytes / 1_000_000L + "MB";
        }
        if (bytes != 0 && bytes % 1_000L == 0) {
            return bytes / 1_000L + "KB";
        }
        return bytes + "B";
    }
}
