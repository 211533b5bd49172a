package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A proxy whose target is itself is refused before it binds anything. */
class ProxyLoopTest {

    @ParameterizedTest(name = "proxy {0} {1}")
    @CsvSource(delimiter = '|', value = {
        "udp|--listen 127.0.0.1:47001 --target 127.0.0.1:47001|is the proxy's own --listen address",
        "tcp|--listen 127.0.0.1:47001 --target 127.0.0.1:47001|is the proxy's own --listen address",
        "udp|--listen 47001 --target localhost:47001|is the proxy's own --listen address",
        "tcp|--bind 0.0.0.0 --listen 47001 --target 127.0.0.1:47001|is the proxy's own --listen address",
        "udp|--listen 127.0.0.1:47001 --target 0.0.0.0:47001|is the proxy's own --listen address",
        "udp|--listen 127.0.0.1:47001 --target 127.0.0.1:0|port 0 is not a server's port",
        "tcp|--listen 127.0.0.1:47001 --target :0|port 0 is not a server's port",
    })
    void aTargetThatIsTheProxyItselfIsRefusedWithExitTwo(String transport, String flags, String why) {
        String[] args = ("proxy " + transport + " " + flags + " --duration 1s").split(" ");
        CliRun run = CliRun.of("", args);
        // Refused while reading the options: no socket is opened, so nothing can loop.
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(why), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
