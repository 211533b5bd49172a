package dev.netlab.core.tcp;

import java.util.Locale;

/** Which congestion control the emulated sender runs: {@code cc: newreno} (default) or {@code cc: none}. */
public enum CongestionControl {
    /** NewReno (RFC 5681, RFC 6582): slow start, congestion avoidance, fast recovery. Default. */
    NEWRENO,
    /** No congestion control: only the receive window limits bytes in flight. Losses are still repaired. */
    NONE;

    /** The name used in scenario files and flags: {@code newreno}, {@code none}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code newreno} or {@code none}, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the text and the allowed values
     */
    public static CongestionControl parse(String text) {
        for (CongestionControl cc : values()) {
            if (cc.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return cc;
            }
        }
        throw new IllegalArgumentException("cc must be newreno or none: '" + text + "'");
    }
}
