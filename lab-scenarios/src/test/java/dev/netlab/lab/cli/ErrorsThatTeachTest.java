package dev.netlab.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error input of issue 16 ("Errors"), each with the sentence a new user now reads: exit 2,
 * the place, the problem and how to fix it, no parser or library jargon, no stack trace.
 */
class ErrorsThatTeachTest {

    /** A file of six mistakes, each on its own line; line numbers matter to the expectations below. */
    private static final String SIX_MISTAKES = String.join("\n",
            "name: T_bad",                 // 1: not lower-case
            "traffic:",                    // 2
            "  profile: vopi",             // 3: misspelt profile
            "  clients: 500",              // 4: over the limit
            "link:",                       // 5
            "  dealy: 3ms",                // 6: misspelt key
            "phases:",                     // 7
            "  - {name: a, from: 1s, to: 2s, link: {down: true}}", // 8
            "  - name: b",                 // 9
            "    from: 3s",                // 10
            "    to: 4s",                  // 11
            "    link: {dwon: true}",      // 12: misspelt key inside a phase
            "transports: [udp, sctp]",     // 13: unknown transport
            "");

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("a misspelt command", null, "rn clean",
                        List.of("netlab: unknown command 'rn'; did you mean 'run'?")),
                Arguments.of("a misspelt option", null, "run clean --sed 3",
                        List.of("netlab run: unknown option '--sed'; did you mean '--seed'?")),
                Arguments.of("a misspelt enum flag value", null, "server udp --mode uper",
                        List.of("'uper' is not allowed; expected echo or upper (did you mean 'upper'?)")),
                Arguments.of("a misspelt distribution", null,
                        "proxy udp --listen 127.0.0.1:47041 --target 127.0.0.1:47042 --delay 5ms --jitter 1ms"
                                + " --distribution parteo",
                        List.of("--distribution: distribution must be uniform, normal, pareto, paretonormal or"
                                + " exponential: 'parteo' (did you mean 'pareto'?)")),
                Arguments.of("a misspelt profile", "name: s\ntraffic:\n  profile: vopi\n", "validate FILE",
                        List.of("s.yaml:3:12: traffic.profile: unknown profile 'vopi'; allowed: chat, voip, game,"
                                + " video, file, web, cbr, bulk (did you mean 'voip'?)")),
                Arguments.of("a tab", "name: s\ntraffic:\n\tprofile: chat\n", "validate FILE",
                        List.of("s.yaml:3:1: tabs are not allowed in YAML; indent with spaces")),
                Arguments.of("a key indented too far", "name: s\ntraffic:\n  profile: chat\n   duration: 2s\n",
                        "validate FILE", List.of("s.yaml:4:4: 'duration' is indented 3 spaces, more than 'profile'"
                                + " on line 3 (2 spaces) which already has a value; keys of one mapping must line up")),
                Arguments.of("a key indented between levels", "name: s\ntraffic:\n  profile: chat\n duration: 2s\n",
                        "validate FILE", List.of("s.yaml:4:2: 'duration' is indented 1 space, which lines up with no"
                                + " key above it (they are at 2 spaces or 0 spaces)")),
                Arguments.of("clients over the limit", "name: s\ntraffic:\n  profile: chat\n  clients: 500\n",
                        "validate FILE", List.of("s.yaml:4:12: traffic.clients: must be between 1 and 200: 500")),
                Arguments.of("six mistakes in one pass", SIX_MISTAKES, "validate FILE", List.of(
                        "s.yaml:1:7: name: must be lower-case",
                        "s.yaml:3:12: traffic.profile: unknown profile 'vopi'",
                        "s.yaml:4:12: traffic.clients: must be between 1 and 200: 500",
                        "s.yaml:6:3: link.dealy: unknown setting (did you mean 'delay'?)",
                        "s.yaml:12:12: phases[1].link.dwon: unknown setting (did you mean 'down'?)",
                        "s.yaml:13:19: transports: unknown transport 'sctp'")),
                Arguments.of("an out directory that cannot be made", null,
                        "run clean --duration 1s --out /proc/netlab-nope",
                        List.of("netlab run: --out /proc/netlab-nope: cannot create it")),
                Arguments.of("a run of no time", null, "run clean --duration 0s",
                        List.of("'--duration': must be above 0s, for example 5s: 0s")),
                Arguments.of("a sweep of one value", null, "sweep lossy-wifi --vary uplink.loss=5%",
                        List.of("--vary: give at least two values to compare")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachBadInputIsExitTwoWithSentencesThatSayHowToFixIt(String what, String yaml, String command,
            List<String> expected, @TempDir Path dir) throws Exception {
        String args = command;
        if (yaml != null) {
            args = command.replace("FILE", Files.writeString(dir.resolve("s.yaml"), yaml).toString());
        }
        CliRun run = CliRun.of("", args.split(" "));
        assertEquals(2, run.exitCode(), run.toString());
        // One line per problem: each expected sentence on a line of its own, and nothing else.
        List<String> lines = run.err().replace(dir + "/", "").strip().lines().toList();
        assertEquals(expected.size(), lines.size(), run.err());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.get(i).contains(expected.get(i)), "line " + i + ": " + lines.get(i));
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("while scanning")
                || run.err().contains("Unmatched"), run.err());
    }

    @Test
    void aCorruptSummaryIsOnePlainLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\": ");
        CliRun run = CliRun.of("", "report", dir.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("summary.json is not valid JSON at line 1: it ends too early"), run.err());
        assertFalse(run.err().contains("end-of-input"), "no parser words: " + run.err());
    }
}
