package dev.netlab.core.engine;

import java.util.Locale;

/** Which way a packet travels through the relay; each direction has its own {@link LinkConfig}. */
public enum Direction {
    /** Client to server. */
    UPLINK,
    /** Server to client. */
    DOWNLINK;

    /** The name used in scenario files and the ledger: {@code uplink}, {@code downlink}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
