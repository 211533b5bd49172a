package dev.netlab.core.engine;

import java.util.Locale;

/** What a corrupted packet does: arrive with a flipped bit, or be discarded by the receiver's checksum. */
public enum CorruptMode {
    /** Deliver the packet with one bit flipped, as netem does; the application sees the damage. Default. */
    DELIVER,
    /** Drop it, as the receiving kernel does when the UDP or TCP checksum fails. */
    DROP;

    /** The name used in scenario files: {@code deliver}, {@code drop}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code deliver} or {@code drop}.
     *
     * @throws IllegalArgumentException naming the text and the allowed values
     */
    public static CorruptMode parse(String text) {
        for (CorruptMode mode : values()) {
            if (mode.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("corruptMode must be deliver or drop: '" + text + "'");
    }
}
