package dev.netlab.simulator.capture;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The four real addresses around a relayed flow: the client and the relay's front socket form the
 * client side, the relay's upstream socket and the server the server side.
 *
 * @param client the client's address
 * @param front the relay's address the client talks to
 * @param upstream the relay's own address towards the server (its upstream socket)
 * @param server the server's address
 */
public record FlowEnds(InetSocketAddress client, InetSocketAddress front, InetSocketAddress upstream,
        InetSocketAddress server) {

    /** Checks every address is given. */
    public FlowEnds {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(upstream, "upstream");
        Objects.requireNonNull(server, "server");
    }
}
