package dev.netlab.simulator.net;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Thrown when a server or relay cannot bind its address: the port is taken, the port is below 1024
 * and needs administrator rights, or the address is not one of this machine's. The message says
 * which, from the operating system's refusal.
 */
public final class PortInUseException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient InetSocketAddress address;

    /** The port of {@code address} is taken; {@code cause} is the operating system's refusal. */
    public PortInUseException(InetSocketAddress address, Throwable cause) {
        super(reason(address, cause), cause);
        this.address = address;
    }

    private static String reason(InetSocketAddress address, Throwable cause) {
        String os = cause == null || cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(java.util.Locale.ROOT);
        String host = Hosts.text(address.getAddress());
        if (os.contains("assign requested address")) {
            return host + " is not an address of this machine, so nothing here can listen on it";
        }
        if (os.contains("permission denied") || os.contains("access denied")) {
            return "port " + address.getPort() + " on " + host + " needs administrator rights (ports below 1024 do)";
        }
        if (os.isEmpty() || os.contains("in use")) {
            return "port " + address.getPort() + " is already in use on " + host;
        }
        return "cannot listen on port " + address.getPort() + " of " + host + ": " + cause.getMessage();
    }

    /** The address that could not be bound. */
    public InetSocketAddress address() {
        return address;
    }
}
