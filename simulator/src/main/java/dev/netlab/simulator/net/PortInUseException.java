package dev.netlab.simulator.net;

import java.io.IOException;
import java.net.InetSocketAddress;

/** Thrown when a server or relay cannot bind because another program holds the port. */
public final class PortInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient InetSocketAddress address;

    /** The port of {@code address} is taken; {@code cause} is the operating system's refusal. */
    public PortInUseException(InetSocketAddress address, Throwable cause) {
        super("port " + address.getPort() + " is already in use on " + Hosts.text(address.getAddress()), cause);
        this.address = address;
    }

    /** The address that could not be bound. */
    public InetSocketAddress address() {
        return address;
    }
}
