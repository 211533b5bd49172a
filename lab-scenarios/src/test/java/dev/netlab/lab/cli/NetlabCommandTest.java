package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.simulator.server.UdpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("socket")
class NetlabCommandTest {

    @Test
    void helpListsEverySubcommand() {
        CliRun run = CliRun.of("", "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String sub : new String[] {"run", "server", "client"}) {
            assertTrue(run.out().contains("  " + sub + " "), "missing " + sub + " in\n" + run.out());
        }
    }

    @Test
    void versionNamesNetlab() {
        CliRun run = CliRun.of("", "--version");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("netlab "), run.out());
    }

    @Test
    void aBadFlagValueIsOneLineWithWhatIsAllowedAndExitCodeTwo() {
        CliRun run = CliRun.of("", "server", "udp", "--mode", "lower");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("'lower' is not allowed; expected echo or upper"), run.err());
        assertFalse(run.err().contains("at dev.netlab"), "no stack trace without --verbose");
    }

    @Test
    void aBusyPortIsOneLineThatSuggestsAnotherPortAndExitCodeOne() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            CliRun run = CliRun.of("", "server", "tcp", "--port", String.valueOf(port));
            assertEquals(ExitCodes.FAILURE, run.exitCode());
            assertEquals("netlab server tcp: port " + port + " is already in use on 127.0.0.1; choose another with --port\n",
                    run.err());
        }
    }

    @Test
    void udpClientTurnsTypedLinesIntoRepliesFromAServer() throws IOException {
        try (UdpServer server = UdpServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ServerMode.UPPER)) {
            CliRun run = CliRun.of("hello\n", "client", "udp", "--host", "127.0.0.1",
                    "--port", String.valueOf(server.address().getPort()));
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            assertEquals("from server: HELLO\n", run.out());
        }
    }

    @Test
    void tcpClientSaysPlainlyWhenNothingListens() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort(); // free again once closed, so nothing listens there
        }
        CliRun run = CliRun.of("hello\n", "client", "tcp", "--host", "127.0.0.1", "--port", String.valueOf(port));
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("connection refused (is the server running on that port?)"), run.err());
    }

    @Test
    void aMalformedDurationNamesTheValueAndTheUnits() {
        CliRun run = CliRun.of("", "client", "udp", "--timeout", "2");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("not a duration: '2'"), run.err());
    }
}
