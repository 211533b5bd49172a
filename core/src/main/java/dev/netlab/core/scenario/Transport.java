package dev.netlab.core.scenario;

import java.util.Locale;

/** The two transports a run compares. */
public enum Transport {
    UDP, TCP;

    /** {@code udp} or {@code tcp}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code udp} or {@code tcp}. */
    public static Transport parse(String text) {
        for (Transport t : values()) {
            if (t.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transport '" + text + "'; allowed: udp, tcp");
    }
}
