package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad values found by trying the command line as an unfriendly user: each is exit 2 and one sentence. */
class BadValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "proxy udp --listen 127.0.0.1:47021 --target 127.0.0.1:47022 --idle-timeout 0s|--idle-timeout: idle timeout must be above 0s: 0ms",
        "proxy udp --listen 127.0.0.1:47021 --target 127.0.0.1:47022 --max-queued 1B|--max-queued: queued bytes cap must be at least",
        "proxy udp --listen 127.0.0.1:47021 --target 127.0.0.1:47022 --ledger /no/such/dir/l.csv|the directory /no/such/dir does not exist",
        "proxy tcp --listen 127.0.0.1:47021 --target 127.0.0.1:47022 --ledger /no/such/dir/l.csv|the directory /no/such/dir does not exist",
        "sweep clean --vary uplink.loss=,|--vary uplink.loss: a value is empty",
        "sweep clean --vary uplink.loss=1%,,2%|--vary uplink.loss: a value is empty",
    })
    void aBadValueIsExitTwoWithOneSentenceNamingTheFlag(String command, String expected) {
        CliRun run = CliRun.of("", (command + " --duration 1s").split(" "));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
