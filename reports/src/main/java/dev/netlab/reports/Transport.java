package dev.netlab.reports;

import java.util.Locale;

/** The two transports a run compares, in the order the report shows them. */
public enum Transport {
    /** Datagrams: what the network does, the application sees. */
    UDP,
    /** A byte stream: losses repaired by retransmission, paid for in time. */
    TCP;

    /** The name used in the results files: {@code udp} or {@code tcp}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The transport named {@code udp} or {@code tcp} (any case), or an exception naming the value. */
    public static Transport of(String key) {
        for (Transport t : values()) {
            if (t.key().equalsIgnoreCase(key.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("transport must be udp or tcp: '" + key + "'");
    }
}
