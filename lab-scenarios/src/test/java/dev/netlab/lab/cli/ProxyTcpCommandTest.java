package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@Tag("socket")
class ProxyTcpCommandTest {

    @Test
    void aLossyProxyDeliversEveryByteAndItsSummaryCountsTheRetransmissions(@TempDir Path dir) throws Exception {
        byte[] data = new byte[300_000];
        new Random(5).nextBytes(data);
        int port = freePort();
        Path ledger = dir.resolve("tcp.csv");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Future<CliRun> proxy = threads.submit(() -> CliRun.of("", "proxy", "tcp", "--listen", "127.0.0.1:" + port,
                    "--target", "127.0.0.1:" + server.getLocalPort(), "--loss", "5%", "--delay", "1ms",
                    "--min-rto", "20ms", "--seed", "3", "--duration", "4s", "--quiet", "--tcp-ledger", ledger.toString()));
            Future<byte[]> received = threads.submit(() -> {
                try (Socket accepted = server.accept()) {
                    return accepted.getInputStream().readAllBytes();
                }
            });
            try (Socket client = connectWhenListening(port)) {
                OutputStream out = client.getOutputStream();
                out.write(data);
                client.shutdownOutput();
                // The server reads to EOF only if the half-close crossed the proxy after every byte.
                assertArrayEquals(data, received.get(15, TimeUnit.SECONDS));
                try (InputStream in = client.getInputStream()) {
                    assertEquals(-1, in.read());
                }
            }
            CliRun run = proxy.get(20, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            // 5% of about 210 segments were lost, so the summary must show retransmissions, and the ledger each one.
            String uplink = run.out().lines().filter(l -> l.trim().startsWith("uplink ")).findFirst().orElseThrow();
            assertTrue(!uplink.contains("retransmissions 0 "), run.out());
            List<String> rows = Files.readAllLines(ledger);
            assertTrue(rows.stream().anyMatch(r -> r.contains(",retransmitted,")), "the TCP ledger was flushed");
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aScenarioGivesTheLinkPhasesAndSeed() {
        CliRun run = CliRun.of("", "proxy", "tcp", "--listen", "127.0.0.1:0", "--target", "127.0.0.1:9",
                "--scenario", "handover", "--duration", "200ms", "--quiet", "--cc", "none");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // The handover scenario's outage phase and seed show the scenario was read; --cc shows a flag still wins.
        assertTrue(run.out().contains("phase outage from 4s to 5s"), run.out());
        assertTrue(run.out().contains("with seed 21") && run.out().contains("cc none"), run.out());
    }

    @Test
    void anUnknownCongestionControlIsOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of("", "proxy", "tcp", "--listen", "9", "--target", "127.0.0.1:9", "--cc", "cubic");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("cc must be newreno or none: 'cubic'"), run.err());
    }

    @Test
    void anMssOutOfRangeNamesTheRange() {
        CliRun run = CliRun.of("", "proxy", "tcp", "--listen", "9", "--target", "127.0.0.1:9", "--mss", "0");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("mss must be between 1B and 65495B: 0B"), run.err());
    }

    @Test
    void aMaxConnectionsOutOfRangeIsOneLineAndExitCodeTwo() {
        CliRun run = CliRun.of("", "proxy", "tcp", "--listen", "9", "--target", "127.0.0.1:9", "--max-connections", "0");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--max-connections must be between 1 and 100000: 0"), run.err());
    }

    @Test
    void theCapOnConnectionsIsInTheSummary() {
        CliRun run = CliRun.of("", "proxy", "tcp", "--listen", "127.0.0.1:0", "--target", "127.0.0.1:9",
                "--max-connections", "7", "--duration", "100ms", "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("refused at the cap of 7 connections at once 0"), run.out());
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Socket connectWhenListening(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                socket.setSoTimeout(15_000);
                return socket;
            } catch (ConnectException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }
}
