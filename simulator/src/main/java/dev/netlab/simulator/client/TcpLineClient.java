package dev.netlab.simulator.client;

import dev.netlab.core.units.Durations;
import dev.netlab.simulator.client.LineConnection.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The lecture notes' TCP client, in a loop: connects once, then for each line sends it with a
 * newline and prints the reply (read up to the next newline) as {@code from server: ...}.
 *
 * <p>A reply is never printed against the wrong line:
 * <ul>
 *   <li>TCP does not lose data, so when no reply has come after the timeout the client says the
 *       server or the path is slow and <em>keeps waiting</em>, up to the give-up time (default
 *       {@value #DEFAULT_GIVE_UP_SECONDS} s). Then it closes that connection, so a reply arriving
 *       later cannot be read as the answer to a later line, and the next line goes on a new one.</li>
 *   <li>The notes' own servers answer one message and close the connection. When the server has
 *       closed before answering a line, the client says so, connects again and sends that line
 *       again (once).</li>
 * </ul>
 */
public final class TcpLineClient {

    /** The default give-up time, in seconds: long enough for five backed-off retransmissions. */
    public static final int DEFAULT_GIVE_UP_SECONDS = 30;

    private final InetSocketAddress server;
    private final Duration timeout;
    private final Duration giveUp;
    private final PrintWriter notices;

    /** A client with the default give-up time; see {@link #TcpLineClient(InetSocketAddress, Duration, Duration, PrintWriter)}. */
    public TcpLineClient(InetSocketAddress server, Duration timeout, PrintWriter notices) {
        this(server, timeout, Duration.ofSeconds(DEFAULT_GIVE_UP_SECONDS), notices);
    }

    /**
     * @param timeout after how long without a reply the client says the reply is slow (and keeps waiting);
     *                also the connect timeout
     * @param giveUp  how long in all to wait for one reply before closing its connection; at least {@code timeout}
     * @param notices where to say that a reply is slow, or that the client reconnected and re-sent a line
     */
    public TcpLineClient(InetSocketAddress server, Duration timeout, Duration giveUp, PrintWriter notices) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be above 0: " + Durations.format(timeout));
        }
        if (giveUp.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("the give-up time must be at least the timeout ("
                    + Durations.format(timeout) + "): " + Durations.format(giveUp));
        }
        this.server = server;
        this.timeout = timeout;
        this.giveUp = giveUp;
        this.notices = notices;
    }

    /**
     * Sends every line of {@code in} until it ends, printing one line to {@code out} for each: the
     * reply, or why there is none. {@link ClientSummary#timeouts()} counts the lines given up on.
     */
    public ClientSummary run(BufferedReader in, PrintWriter out) throws IOException {
        long sent = 0;
        long replies = 0;
        long gaveUp = 0;
        LineConnection connection = connect();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (connection == null) {
                    connection = connect();
                }
                Reply reply = exchange(connection, (line + "\n").getBytes(StandardCharsets.UTF_8));
                if (reply instanceof Reply.Closed) {
                    connection.close();
                    notices.println(connection.answered()
                            ? "(the server closed the connection after its last answer; connecting again and sending the line again)"
                            : "(the server closed the connection without answering; connecting again and sending the line again)");
                    notices.flush();
                    connection = connect();
                    reply = exchange(connection, (line + "\n").getBytes(StandardCharsets.UTF_8));
                }
                sent++;
                if (reply instanceof Reply.Text text) {
                    out.println("from server: " + text.line());
                    replies++;
                } else if (reply instanceof Reply.GaveUp) {
                    out.println("no reply within " + Durations.format(giveUp) + ": gave up and closed the connection,"
                            + " so a late reply cannot be taken for a later line's (the next line goes on a new one)");
                    connection.close();
                    connection = null;
                    gaveUp++;
                } else {
                    out.println("no reply: the server closed the connection without answering, twice");
                }
                out.flush();
            }
            if (connection != null) {
                connection.finish();
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return new ClientSummary(sent, replies, gaveUp);
    }

    private Reply exchange(LineConnection connection, byte[] message) throws IOException {
        return connection.exchange(message, timeout.toNanos(), giveUp.toNanos(), () -> {
            notices.println("(no reply after " + Durations.format(timeout) + "; still waiting: TCP does not lose data,"
                    + " so the server or the path is slow; giving up after " + Durations.format(giveUp) + ")");
            notices.flush();
        });
    }

    private LineConnection connect() throws IOException {
        return LineConnection.open(server, (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
    }
}
