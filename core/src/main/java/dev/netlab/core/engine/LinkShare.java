package dev.netlab.core.engine;

import java.util.Locale;

/**
 * Who shares a direction's rate-limited link: every flow of the relay (one queue, as a real link and
 * a netem qdisc are), or each flow on its own (a link and queue per flow, as a per-connection shaper).
 */
public enum LinkShare {
    /** One queue and one rate for every flow of the direction. Default. */
    SHARED,
    /** A queue and the full rate for each flow on its own. */
    PER_FLOW;

    /** The name used in scenario files: {@code shared}, {@code per-flow}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads {@code shared} or {@code per-flow}.
     *
     * @throws IllegalArgumentException naming the text and the allowed values
     */
    public static LinkShare parse(String text) {
        for (LinkShare share : values()) {
            if (share.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return share;
            }
        }
        throw new IllegalArgumentException("share must be shared or per-flow: '" + text + "'");
    }
}
