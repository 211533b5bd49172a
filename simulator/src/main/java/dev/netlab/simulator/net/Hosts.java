package dev.netlab.simulator.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Writes addresses the way a user typed them: {@code 127.0.0.1:2105}, {@code [::1]:2105}. */
public final class Hosts {

    private Hosts() {
    }

    /** The address without a host name lookup. */
    public static String text(InetAddress address) {
        return address.getHostAddress();
    }

    /** Host and port, IPv6 in brackets. */
    public static String text(InetSocketAddress address) {
        String host = address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
