package dev.netlab.lab.cli.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.simulator.proxy.ProxySpec;
import dev.netlab.simulator.proxy.TcpProxy;
import dev.netlab.simulator.relay.tcp.TcpRelayOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A proxy whose relay cannot go on ends its session with one line and exit code 1, never serving no one. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class ProxySessionTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Test
    void aRelayWhoseListeningSocketIsGoneEndsTheSessionWithOneLineAndExitCodeOne() throws Exception {
        // The relay's first accept finds its listening socket closed: it can serve no one any more.
        TcpRelayOptions.Sockets gone = new TcpRelayOptions.Sockets() {
            @Override
            public SocketChannel accept(ServerSocketChannel front) throws IOException {
                front.close();
                return front.accept();
            }

            @Override
            public SocketChannel openUpstream() throws IOException {
                return SocketChannel.open();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new BufferedReader(new StringReader("")), new PrintWriter(out, true), new PrintWriter(err, true));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            TcpProxy proxy = TcpProxy.start(ProxySpec.of(ANY_LOOPBACK_PORT, (InetSocketAddress) server.getLocalSocketAddress()),
                    TcpSettings.defaults(), Optional.empty(), relay -> relay.withSockets(gone));
            ProxySession<?, ?> session = new ProxySession<>(io, true, proxy, status -> "status", summary -> List.of("done"));
            Future<Integer> exit = thread.submit(() -> session.run(Duration.ofSeconds(20)));
            try (Socket client = new Socket()) {
                client.connect(proxy.address(), 5_000);
            } catch (SocketException reset) {
                // the relay reset the client as it stopped: what every client of a stopped relay sees
            }
            // Well before the 20 s duration: the session saw the relay's failure and stopped.
            assertEquals(ExitCodes.FAILURE, exit.get(10, TimeUnit.SECONDS));
        } finally {
            thread.shutdownNow();
            thread.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("the proxy stopped: the TCP relay's listening socket is gone"), err.toString());
        assertTrue(out.toString().contains("summary after") && out.toString().contains("  done"), out.toString());
    }
}
