package dev.netlab.simulator.relay.udp;

import java.util.Locale;

/**
 * Why a {@link UdpRelay} itself, outside the impairment engine, lost a datagram. Each reason has
 * its own counter ({@link UdpRelayCounters}, {@link DatagramCounts#sendErrors()}) and is written
 * to the ledger as a {@code dropped} row with {@link #label()} as its reason.
 */
public enum RelayDrop {
    /** A new client while the most clients at once were mapped: its datagram is refused. */
    MAPPING_CAP,
    /** A new client whose upstream socket could not be opened (out of file descriptors, say). */
    NO_SOCKET,
    /** The operating system reported nothing listening at the target (ICMP port unreachable). */
    SERVER_UNREACHABLE,
    /** The operating system refused the send (a full send buffer, or an empty request). */
    SEND_ERROR;

    /** The reason written in the ledger, for example {@code mapping-cap}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
