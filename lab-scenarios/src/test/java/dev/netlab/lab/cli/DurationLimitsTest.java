package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every duration has an upper limit (docs/reliability.md, "Durations"): one past it is exit 2 and one
 * sentence naming the flag or key and the limit, before anything runs or binds. Each row also passes at
 * the limit itself when the command allows checking that without running.
 */
class DurationLimitsTest {

    private static final String PROXY = "--listen 127.0.0.1:47031 --target 127.0.0.1:47032 ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "run clean --duration 61m|'--duration': must be at most 1h: 61m",
        "run clean --duration 876000h|'--duration': must be at most 1h: 876000h",
        "sweep clean --vary uplink.loss=0,5% --duration 2h|'--duration': must be at most 1h: 2h",
        "proxy udp " + PROXY + "--duration 25h|'--duration': must be at most 24h: 25h",
        "proxy tcp " + PROXY + "--duration 25h|'--duration': must be at most 24h: 25h",
        "proxy udp " + PROXY + "--idle-timeout 2h|'--idle-timeout': must be at most 1h: 2h",
        "proxy udp " + PROXY + "--delay 2h|delay must be between 0ms and 1h",
        "proxy udp " + PROXY + "--jitter 90m|jitter must be between 0ms and 1h",
        "proxy tcp " + PROXY + "--min-rto 61s|minRto must be between 1ns and 60s: 61s",
        "client udp --timeout 11m|'--timeout': must be at most 10m: 11m",
        "client tcp --timeout 11m|'--timeout': must be at most 10m: 11m",
        "client tcp --give-up 2h|'--give-up': must be at most 1h: 2h",
    })
    void aFlagPastItsLimitIsExitTwoWithOneSentence(String command, String expected) {
        CliRun run = CliRun.of("", command.split(" "));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "traffic: {profile: chat, duration: 2h}|traffic.duration: must be at most 1h: 2h",
        "traffic: {profile: chat, duration: 876000h}|traffic.duration: must be at most 1h: 876000h",
        "traffic: {profile: chat, count: 10000, interval: 1s}|sending time (messages x interval) must be at most 1h",
        "traffic: {profile: chat, deadline: 2h}|traffic.deadline: must be at most 1h: 2h",
        "traffic: {profile: chat, interval: 2h}|interval",
        "drain: 876000h|drain",
        "link: {delay: 2h}|delay must be between 0ms and 1h",
        "tcp: {minRto: 61s}|minRto",
        "phases: [{name: late, from: 1s, to: 25h, link: {down: true}}]|phases[0].to: must be at most 24h: 25h",
    })
    void aScenarioKeyPastItsLimitIsRefusedWithItsPlace(String yaml, String expected, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), "name: s\n" + (yaml.startsWith("traffic") ? ""
                : "traffic: {profile: chat, duration: 1s}\n") + yaml + "\n");
        CliRun run = CliRun.of("", "validate", file.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(expected), run.err());
        assertTrue(run.err().contains("s.yaml:"), "names the file and the place: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "traffic: {profile: chat, duration: 1h}",
        "traffic: {profile: chat, duration: 1s, deadline: 1h}",
        "traffic: {profile: chat, duration: 1s}\\nphases: [{name: late, from: 1s, to: 24h, link: {down: true}}]",
        "traffic: {profile: chat, duration: 1s}\\ndrain: 10m",
    })
    void aValueAtItsLimitIsAccepted(String yaml, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("s.yaml"), "name: s\n" + yaml.replace("\\n", "\n") + "\n");
        CliRun run = CliRun.of("", "validate", file.toString());
        assertEquals(0, run.exitCode(), run.toString());
    }
}
