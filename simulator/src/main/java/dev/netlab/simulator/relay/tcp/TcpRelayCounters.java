package dev.netlab.simulator.relay.tcp;

import dev.netlab.simulator.net.PerDirection;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a {@link TcpRelay} did, counted as it happens: bytes per direction and how connections
 * ended. What the emulated TCP did (segments, retransmissions, timeouts) is per connection, in
 * {@link TcpRelay#connections()}.
 */
public final class TcpRelayCounters extends PerDirection<ByteCounts> {

    final LongAdder accepted = new LongAdder();
    final LongAdder closed = new LongAdder();
    final LongAdder resets = new LongAdder();
    final LongAdder connectFailures = new LongAdder();
    final LongAdder handshakeFailures = new LongAdder();
    final LongAdder acceptErrors = new LongAdder();
    final LongAdder relayErrors = new LongAdder();
    final LongAdder refusedAtCap = new LongAdder();
    final LongAdder loopErrors = new LongAdder();

    TcpRelayCounters() {
        super(ByteCounts::new);
    }

    /** Client connections accepted and relayed so far (each one a flow). */
    public long accepted() {
        return accepted.sum();
    }

    /** Connections that ended with a FIN both ways. */
    public long closed() {
        return closed.sum();
    }

    /** Connections that one side reset (or an I/O error ended), reset on the other side too. */
    public long resets() {
        return resets.sum();
    }

    /** Connections the target refused; the client was reset. */
    public long connectFailures() {
        return connectFailures.sum();
    }

    /** Connections whose emulated handshake gave up; the client was reset. */
    public long handshakeFailures() {
        return handshakeFailures.sum();
    }

    /**
     * Connections the relay itself ended after an unexpected error (for example a ledger file that
     * cannot be written), resetting both sides; counted apart from {@link #resets()}.
     */
    public long relayErrors() {
        return relayErrors.sum();
    }

    /**
     * Errors accepting clients (for example, out of file descriptors). Out of descriptors, the relay
     * frees a spare one it keeps, accepts the waiting client and resets it at once, so no client
     * waits unanswered in the backlog.
     */
    public long acceptErrors() {
        return acceptErrors.sum();
    }

    /**
     * Clients refused because the most connections at once were already relayed
     * ({@link TcpRelayOptions#maxConnections()}): each was accepted and reset at once. Not in
     * {@link #accepted()}.
     */
    public long refusedAtCap() {
        return refusedAtCap.sum();
    }

    /**
     * Unexpected errors the relay's loop caught outside any one connection (for example out of
     * memory while waiting for events); the loop went on. Many in a row end the relay (see
     * {@link TcpRelay#failure()}).
     */
    public long loopErrors() {
        return loopErrors.sum();
    }
}
