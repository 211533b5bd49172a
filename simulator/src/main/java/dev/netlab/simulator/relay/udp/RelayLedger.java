package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.LedgerSink;
import java.nio.channels.DatagramChannel;

/**
 * What a {@link UdpRelay} needs for its own drops: the ledger they are written to, the time its
 * rows count from (the engine's, so both kinds of rows share one clock), and how it opens a client's
 * upstream socket (a test injects one that fails as a system out of file descriptors does).
 */
record RelayLedger(LedgerSink sink, long epochNanos, MappingOpener.Sockets sockets) {

    /** Upstream sockets opened as usual. */
    static RelayLedger of(LedgerSink sink, long epochNanos) {
        return new RelayLedger(sink, epochNanos, DatagramChannel::open);
    }
}
