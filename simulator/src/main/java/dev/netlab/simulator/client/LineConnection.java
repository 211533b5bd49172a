package dev.netlab.simulator.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One TCP connection of {@link TcpLineClient}: sends a line and reads the reply up to the next
 * newline, keeping bytes past it for the next reply.
 *
 * <p>TCP does not lose data, so a reply that is slow is still coming: the read goes on past the
 * "slow" mark (a notice, once) until the give-up time, when the caller closes the connection so that
 * a reply arriving later can never be read as the answer to a later line.
 */
final class LineConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private boolean answered;

    private LineConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** Connects to {@code server}, waiting at most {@code connectMillis}. */
    static LineConnection open(InetSocketAddress server, int connectMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(server, connectMillis);
            return new LineConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Whether a reply has already come on this connection (a one-shot server then closes it). */
    boolean answered() {
        return answered;
    }

    /**
     * Sends {@code message} and waits for its reply line: {@code onSlow} runs once when
     * {@code slowNanos} have passed without it, and the wait ends at {@code giveUpNanos}.
     */
    Reply exchange(byte[] message, long slowNanos, long giveUpNanos, Runnable onSlow) throws IOException {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(message);
            out.flush();
        } catch (IOException e) {
            return closedOrThrow(e, new ByteArrayOutputStream());
        }
        long start = System.nanoTime();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        boolean warned = false;
        while (true) { // bounded by the give-up time, checked on every byte and every timeout
            long waited = System.nanoTime() - start;
            if (waited >= giveUpNanos) {
                return new Reply.GaveUp();
            }
            long step = warned ? giveUpNanos - waited : Math.min(slowNanos, giveUpNanos) - waited;
            if (step <= 0) {
                onSlow.run();
                warned = true;
                continue;
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, step / 1_000_000)));
            try {
                int b = in.read();
                if (b == -1 || b == '\n') {
                    return b == -1 && reply.size() == 0 ? new Reply.Closed() : text(reply);
                }
                reply.write(b);
            } catch (SocketTimeoutException e) {
                // no byte within this step: the next turn either warns once or gives up
            } catch (IOException e) {
                return closedOrThrow(e, reply);
            }
        }
    }

    private Reply text(ByteArrayOutputStream reply) {
        answered = true;
        String text = reply.toString(StandardCharsets.UTF_8);
        return new Reply.Text(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }

    private Reply closedOrThrow(IOException e, ByteArrayOutputStream partial) throws IOException {
        if (socket.isClosed()) {
            throw e;
        }
        // reset or broken pipe: the server is gone from this connection
        return partial.size() == 0 ? new Reply.Closed() : text(partial);
    }

    /** Ends the conversation cleanly: tells the server the input ended, then closes. */
    void finish() throws IOException {
        try {
            if (!socket.isClosed()) {
                socket.shutdownOutput();
            }
        } catch (IOException e) {
            // the server had already closed its side: nothing to tell it
        } finally {
            socket.close();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The outcome of one exchange. */
    sealed interface Reply {
        /** A reply line, without its newline. */
        record Text(String line) implements Reply {
        }

        /** No reply by the give-up time. */
        record GaveUp() implements Reply {
        }

        /** The server closed (or reset) the connection without a reply. */
        record Closed() implements Reply {
        }
    }
}
