package dev.netlab.simulator.client;

import dev.netlab.core.units.Durations;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The lecture notes' TCP client, in a loop: connects once, then for each line sends it with a
 * newline and prints the reply (read up to the next newline) as {@code from server: ...}.
 *
 * <p>The notes' own servers answer one message and close the connection; when that happens the
 * client says so and connects again for the next line, so it works against both kinds of server.
 */
public final class TcpLineClient {

    private final InetSocketAddress server;
    private final Duration timeout;
    private final PrintWriter notices;

    /**
     * @param notices where to say that the server closed the connection and the client reconnected
     */
    public TcpLineClient(InetSocketAddress server, Duration timeout, PrintWriter notices) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be above 0: " + Durations.format(timeout));
        }
        this.server = server;
        this.timeout = timeout;
        this.notices = notices;
    }

    /** Sends every line of {@code in} until it ends, printing replies to {@code out}. */
    public ClientSummary run(BufferedReader in, PrintWriter out) throws IOException {
        long sent = 0;
        long replies = 0;
        long timeouts = 0;
        Connection connection = connect();
        try {
            String line;
            while ((line = in.readLine()) != null) {
                byte[] message = (line + "\n").getBytes(StandardCharsets.UTF_8);
                Reply reply = connection.exchange(message);
                if (reply instanceof Reply.Closed) {
                    notices.println("(the server closed the connection; connecting again)");
                    notices.flush();
                    connection.socket.close();
                    connection = connect();
                    reply = connection.exchange(message);
                }
                sent++;
                if (reply instanceof Reply.Text text) {
                    out.println("from server: " + text.line());
                    replies++;
                } else if (reply instanceof Reply.TimedOut) {
                    out.println("no reply within " + Durations.format(timeout)
                            + " (TCP does not lose data: the server is slow or did not answer)");
                    timeouts++;
                } else {
                    out.println("no reply: the server closed the connection without answering");
                }
                out.flush();
            }
            if (!connection.socket.isClosed()) {
                connection.socket.shutdownOutput(); // end of input: tell the server, then close cleanly
            }
        } finally {
            connection.socket.close();
        }
        return new ClientSummary(sent, replies, timeouts);
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        try {
            int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
            socket.setTcpNoDelay(true);
            socket.connect(server, millis);
            socket.setSoTimeout(millis);
            return new Connection(socket, new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** One connection socket and the reader that keeps bytes past a newline for the next reply. */
    private record Connection(Socket socket, InputStream in) {

        Reply exchange(byte[] message) throws IOException {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(message);
                out.flush();
                ByteArrayOutputStream reply = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    reply.write(b);
                }
                if (b == -1 && reply.size() == 0) {
                    return new Reply.Closed();
                }
                String text = reply.toString(StandardCharsets.UTF_8);
                return new Reply.Text(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            } catch (SocketTimeoutException e) {
                return new Reply.TimedOut();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    throw e;
                }
                return new Reply.Closed(); // reset or broken pipe: the server is gone from this connection
            }
        }
    }

    /** The outcome of one exchange. */
    private sealed interface Reply {
        record Text(String line) implements Reply {
        }

        record TimedOut() implements Reply {
        }

        record Closed() implements Reply {
        }
    }
}
