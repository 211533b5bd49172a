package dev.netlab.simulator.net;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Binds sockets and turns "address already in use" into a {@link PortInUseException}. */
public final class Binding {

    private Binding() {
    }

    /** A UDP socket bound to {@code address}, without address reuse, so a taken port is refused. */
    public static DatagramSocket udp(InetSocketAddress address) throws IOException {
        DatagramSocket socket = new DatagramSocket(null);
        try {
            socket.setReuseAddress(false);
            socket.bind(address);
            return socket;
        } catch (BindException e) {
            socket.close();
            throw new PortInUseException(address, e);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A listening TCP socket bound to {@code address} with a backlog of {@code backlog} connections. */
    public static ServerSocket tcp(InetSocketAddress address, int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // The default on Unix: lets a restarted server bind while old connections sit in TIME_WAIT,
            // but still refuses a port another program is listening on.
            socket.setReuseAddress(true);
            socket.bind(address, backlog);
            return socket;
        } catch (BindException e) {
            socket.close();
            throw new PortInUseException(address, e);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
