package dev.netlab.simulator.client;

import dev.netlab.core.units.Durations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The lecture notes' UDP client, in a loop: reads a line, sends it as one datagram, prints
 * {@code from server: ...}. A reply that does not come within the timeout is reported as
 * {@code no reply within 2s (lost?)} and the client goes on with the next line; a reply that
 * arrives after its timeout is printed as late before the next line is sent.
 *
 * <p>The channel is connected to the server (unlike the notes' socket) for one reason: so the
 * system's "port unreachable" answer reaches the client, which then says plainly that nothing
 * listens there instead of "(lost?)"; such a line counts as one without a reply.
 */
public final class UdpLineClient {

    /** The most payload one UDP datagram over IPv4 carries: 65 535 − 20 (IP) − 8 (UDP). */
    static final int MAX_PAYLOAD_BYTES = 65_507;
    private static final int MAX_DATAGRAM_BYTES = 65_535;

    private final InetSocketAddress server;
    private final Duration timeout;

    /** A client of {@code server} that waits {@code timeout} for each reply. */
    public UdpLineClient(InetSocketAddress server, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be above 0: " + Durations.format(timeout));
        }
        this.server = server;
        this.timeout = timeout;
    }

    /** Sends every line of {@code in} until it ends, printing replies and timeouts to {@code out}. */
    public ClientSummary run(BufferedReader in, PrintWriter out) throws IOException {
        long sent = 0;
        long replies = 0;
        long timeouts = 0;
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM_BYTES);
        try (DatagramChannel channel = DatagramChannel.open();
                Selector selector = Selector.open()) {
            channel.bind(null);
            channel.connect(server);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            String line;
            while ((line = in.readLine()) != null) {
                replies += printLate(channel, buffer, out);
                byte[] datagram = line.getBytes(StandardCharsets.UTF_8);
                if (datagram.length > MAX_PAYLOAD_BYTES) {
                    // One line is one datagram, and UDP over IPv4 carries at most 65 507 bytes: say so, go on.
                    out.println("not sent: this line is " + datagram.length + " bytes, and one UDP datagram carries at"
                            + " most " + MAX_PAYLOAD_BYTES + " (split it into shorter lines)");
                    out.flush();
                    continue;
                }
                sent++;
                Reply reply = send(channel, selector, buffer, datagram);
                switch (reply) {
                    case ARRIVED -> {
                        out.println("from server: " + text(buffer));
                        replies++;
                    }
                    case UNREACHABLE -> {
                        out.println("no reply: nothing is listening on " + server.getAddress().getHostAddress() + ":"
                                + server.getPort() + " (the system answered 'port unreachable'); start the server"
                                + " or check --host and --port");
                        timeouts++;
                    }
                    case NONE -> {
                        out.println("no reply within " + Durations.format(timeout) + " (lost?)");
                        timeouts++;
                    }
                }
                out.flush();
            }
            // A reply may still be on its way for the last line.
            replies += printLate(channel, buffer, out);
        }
        out.flush();
        return new ClientSummary(sent, replies, timeouts);
    }

    /** What came back for one line. */
    private enum Reply { ARRIVED, NONE, UNREACHABLE }

    private Reply send(DatagramChannel channel, Selector selector, ByteBuffer buffer, byte[] datagram)
            throws IOException {
        try {
            channel.write(ByteBuffer.wrap(datagram));
            return awaitReply(channel, selector, buffer) ? Reply.ARRIVED : Reply.NONE;
        } catch (PortUnreachableException e) {
            return Reply.UNREACHABLE; // the ICMP answer to this datagram or to an earlier one
        }
    }

    private boolean awaitReply(DatagramChannel channel, Selector selector, ByteBuffer buffer) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (receive(channel, buffer)) {
                return true;
            }
            long leftMillis = Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            if (leftMillis == 0) {
                return false;
            }
            selector.select(leftMillis);
            selector.selectedKeys().clear();
        }
    }

    private static int printLate(DatagramChannel channel, ByteBuffer buffer, PrintWriter out) throws IOException {
        int late = 0;
        try {
            while (receive(channel, buffer)) {
                out.println("from server (late, for an earlier line): " + text(buffer));
                late++;
            }
        } catch (PortUnreachableException e) {
            // An earlier line's answer, already told as no reply; the next line gets its own.
        }
        return late;
    }

    private static boolean receive(DatagramChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear();
        if (channel.receive(buffer) == null) { // throws PortUnreachableException: the channel is connected
            return false;
        }
        buffer.flip();
        return true;
    }

    private static String text(ByteBuffer buffer) {
        return StandardCharsets.UTF_8.decode(buffer).toString();
    }
}
