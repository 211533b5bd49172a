package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"run clean", "sweep clean --vary uplink.loss=0,5%"})
    void resultsAreNeverWrittenIntoADirectoryThatHoldsFiles(String command, @TempDir Path dir) throws Exception {
        Path earlier = Files.writeString(dir.resolve("summary.json"), "{\"handed in\": true}");
        String[] args = (command + " --duration 1s --quiet --out " + dir).split(" ");
        CliRun run = CliRun.of("", args);
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("already holds files; netlab never overwrites results"), run.err());
        assertEquals("{\"handed in\": true}", Files.readString(earlier), "the earlier results are untouched");
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void anOutDirectoryThatCannotBeCreatedIsOneSentence() {
        CliRun run = CliRun.of("", "run", "clean", "--duration", "1s", "--out", "/proc/netlab-cannot-be-here");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--out /proc/netlab-cannot-be-here: cannot create it"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
