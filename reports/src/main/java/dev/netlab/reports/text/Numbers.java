package dev.netlab.reports.text;

import java.util.Locale;

/** How reports write numbers: fixed locale, so the same run gives the same text everywhere. */
public final class Numbers {

    private Numbers() {
    }

    /** A ratio as a percentage with one decimal, for example {@code 96.1%}; "–" for NaN. */
    public static String percent(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** A percentage with up to two decimals, for small configured rates such as {@code 3.96%}. */
    public static String percentFine(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%.2f", ratio * 100);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s + "%";
    }

    /**
     * A count with its noun, singular for exactly one: {@code 1 client}, {@code 2 clients},
     * {@code 0 retransmissions}. Only for nouns whose plural adds an s.
     */
    public static String count(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    /** A count with its noun, the plural given: {@code 1 reply}, {@code 2 replies}. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Milliseconds with one decimal, for example {@code 40.1 ms}. */
    public static String ms(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** A plain number with up to one decimal. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** Bits per second in the largest unit that keeps the number at least 1. */
    public static String bitsPerSecond(double bps) {
        if (Double.isNaN(bps)) {
            return "–";
        }
        if (bps >= 1e6) {
            return String.format(Locale.ROOT, "%.2f Mbit/s", bps / 1e6);
        }
        if (bps >= 1e3) {
            return String.format(Locale.ROOT, "%.1f kbit/s", bps / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f bit/s", bps);
    }
}
