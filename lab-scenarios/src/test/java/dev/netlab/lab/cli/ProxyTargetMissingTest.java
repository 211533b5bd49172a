package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "Is it the network or my setup?": a proxy whose target has no server says so live, once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class ProxyTargetMissingTest {

    @Test
    void aTcpProxySaysOnceAndLiveThatTheTargetRefuses() throws Exception {
        int listen = freeTcpPort();
        int target = freeTcpPort(); // closed again: nothing listens there
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<CliRun> proxy = threads.submit(() -> CliRun.of("", "proxy", "tcp", "--listen", "127.0.0.1:" + listen,
                    "--target", "127.0.0.1:" + target, "--duration", "3s"));
            for (int i = 0; i < 3; i++) {
                connectWhenListening(listen); // each is reset by the proxy when the target refuses
            }
            CliRun run = proxy.get(20, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            // Said once although the ticker printed a line each second with the count going on.
            assertEquals(1, count(run.err(), "the target 127.0.0.1:" + target + " refused the connection"), run.err());
            assertTrue(run.err().contains("| target refused 3"), run.err());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aUdpProxySaysOnceAndLiveThatNothingListensOnTheTarget() throws Exception {
        int listen;
        int target;
        try (DatagramSocket a = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramSocket b = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            listen = a.getLocalPort();
            target = b.getLocalPort(); // both closed again: nothing listens on the target
        }
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Future<CliRun> proxy = threads.submit(() -> CliRun.of("", "proxy", "udp", "--listen", "127.0.0.1:" + listen,
                    "--target", "127.0.0.1:" + target, "--duration", "3s"));
            byte[] hello = "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) { // 2 s of requests: the first ones may arrive before the proxy listens
                client.send(new DatagramPacket(hello, hello.length, InetAddress.getLoopbackAddress(), listen));
                Thread.sleep(100);
            }
            CliRun run = proxy.get(20, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertEquals(1, count(run.err(), "nothing is listening on the target 127.0.0.1:" + target), run.err());
            assertTrue(run.err().contains("server unreachable"), run.err());
        } finally {
            threads.shutdownNow();
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Connects once the proxy listens, and closes; the proxy may reset the connection before connect returns. */
    private static void connectWhenListening(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return;
            } catch (ConnectException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            } catch (java.net.SocketException resetAlready) {
                return; // accepted and reset at once: the proxy saw this client, as the test wants
            }
        }
    }
}
