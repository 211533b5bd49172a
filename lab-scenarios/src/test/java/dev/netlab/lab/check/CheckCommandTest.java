package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grader graded: the stop-and-wait example must pass every kind of case, the naive one must
 * fail the loss cases with a reason a student can act on. Real programs (Python), real sockets.
 */
@Tag("socket")
class CheckCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples", "rdt").toAbsolutePath().normalize();
    static final Path SUITES = Path.of("src", "test", "resources", "check").toAbsolutePath();

    @TempDir
    Path dir;

    static String py(String script, String args) {
        return "python3 " + EXAMPLES.resolve(script) + " " + args;
    }

    static Map<String, JsonNode> byName(Path json) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        new ObjectMapper().readTree(json.toFile()).get("results").forEach(r -> out.put(r.get("name").asText(), r));
        return out;
    }

    @Test
    @Timeout(180)
    void theStopAndWaitExamplePassesEveryKindOfCase() throws IOException {
        Path out = dir.resolve("saw");
        CliRun run = CliRun.of("", "check", "--suite", SUITES.resolve("rdt-small.yaml").toString(),
                "--receiver", py("saw_receiver.py", "{port} {out}"), "--sender", py("saw_sender.py", "{host} {port} {in}"),
                "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        // Every case's progress line, the table, and each file a grader or CI reads.
        assertTrue(run.out().contains("[8/8] burst-of-5 ... PASS"), run.out());
        assertTrue(run.out().contains("8 of 8 cases passed"), run.out());
        for (String file : new String[] {"check.json", "junit.xml", "check.md", "check.html",
            "08-burst-of-5/datagrams.png", "08-burst-of-5/ledger.csv", "01-perfect/sender.stdout.txt"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        Map<String, JsonNode> cases = byName(out.resolve("check.json"));
        // The rules really acted: exactly the datagrams they name were dropped, with their rule as the reason.
        assertEquals(5, cases.get("burst-of-5").get("uplink").get("drops").get("rule 1 drop").asLong());
        assertEquals(1, cases.get("last-ack-dropped").get("downlink").get("drops").get("rule 1 drop").asLong());
        JsonNode last = cases.get("last-data-dropped");
        // "last" is the count over the perfect channel; here the sender sent that last datagram once more.
        assertEquals("uplink index=" + (last.get("uplink").get("datagrams").asLong() - 1) + " drop",
                last.get("rulesApplied").get(0).asText());
        assertTrue(Files.isDirectory(out.resolve("06-last-data-dropped/perfect-run")));
        assertTrue(cases.get("data-loss-30").get("retransmissionRatio").asDouble() > 1.0);
    }

    @Test
    @Timeout(120)
    void theNaiveExampleFailsTheLossCasesWithAClearReason() throws IOException {
        Path out = dir.resolve("naive");
        CliRun run = CliRun.of("", "check", "--suite", SUITES.resolve("naive-small.yaml").toString(),
                "--receiver", py("naive_receiver.py", "{port} {out}"),
                "--sender", py("naive_sender.py", "{host} {port} {in}"), "--out", out.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.out() + run.err());
        Map<String, JsonNode> cases = byName(out.resolve("check.json"));
        assertEquals("pass", cases.get("perfect").get("verdict").asText());
        // Without retransmission a lost chunk is a hole in the output: bytes differ or are missing,
        // or the receiver waits for a FIN that never comes and meets the time limit.
        for (String lossy : new String[] {"data-loss-30", "first-data-dropped"}) {
            String verdict = cases.get(lossy).get("verdict").asText();
            assertTrue(verdict.equals("mismatch") || verdict.equals("missing") || verdict.equals("time-limit"),
                    lossy + ": " + cases.get(lossy).get("reason"));
        }
        String junit = Files.readString(out.resolve("junit.xml"));
        assertTrue(junit.contains("tests=\"3\" failures=\"2\""), junit);
        assertTrue(run.out().contains("first-data-dropped: "), run.out());
    }

    @Test
    @Timeout(60)
    void aStreamAssignmentIsCheckedThroughTheTcpRelay() throws IOException {
        Path suite = Files.writeString(dir.resolve("tcp.yaml"), """
                name: tcp
                size: 200KB
                timeLimit: 30s
                cases:
                  - name: lossy
                    link: {loss: 5%, delay: 2ms}
                  - name: last-segment
                    rules: [uplink index=last drop]
                """);
        Path out = dir.resolve("tcp");
        CliRun run = CliRun.of("", "check", "--transport", "tcp", "--suite", suite.toString(),
                "--receiver", py("stream_receiver.py", "{port} {out}"),
                "--sender", py("stream_sender.py", "{host} {port} {in}"), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        JsonNode lossy = byName(out.resolve("check.json")).get("lossy");
        // TCP delivered every byte although the relay's emulated path lost segments, which it then resent.
        assertTrue(lossy.get("uplink").get("drops").get("loss").asLong() > 0, lossy.toString());
        // "last" counts data segments over TCP (not the empty handshake), so the rule finds one to drop.
        JsonNode last = byName(out.resolve("check.json")).get("last-segment");
        assertEquals(1, last.get("uplink").get("drops").get("rule 1 drop").asLong(), last.toString());
    }

    @Test
    @Timeout(60)
    void aReceiverThatCrashesFailsWithItsExitCodeAndLastErrorLine() throws IOException {
        String crash = "python3 -c \"import sys; print('starting', file=sys.stderr); sys.exit('no such file: x.bin')\""
                + " {port} {out}";
        Path suite = Files.writeString(dir.resolve("one.yaml"), "name: one\ncases:\n  - name: only\n");
        CliRun run = CliRun.of("", "check", "--suite", suite.toString(), "--receiver", crash,
                "--sender", py("saw_sender.py", "{host} {port} {in}"), "--out", dir.resolve("crash").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("only: the receiver exited with code 1: no such file: x.bin"), run.out());
        // An autograder shows the program's own words next to the failure.
        assertTrue(Files.readString(dir.resolve("crash/junit.xml"))
                .contains("<system-err>receiver stderr (last lines):&#10;starting&#10;no such file: x.bin"));
    }

    @Test
    @Timeout(60)
    void aSenderThatNeverEndsIsKilledAtTheTimeLimit() throws IOException {
        Path suite = Files.writeString(dir.resolve("one.yaml"), "name: one\ncases:\n  - name: only\n");
        long start = System.nanoTime();
        CliRun run = CliRun.of("", "check", "--suite", suite.toString(), "--time-limit", "2s",
                "--receiver", py("saw_receiver.py", "{port} {out}"),
                "--sender", "python3 -c \"import time; time.sleep(120)\" {port} {in}", "--out", dir.resolve("t").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("only: time limit 2s: the sender and the receiver were still running and killed"
                + " (output empty)"), run.out());
        // Killed, not waited for: far less than the sender's 120 s (a lower bound on what matters, not a timing).
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 60);
    }

    @Test
    @Timeout(30)
    void aProgramThatCannotStartIsBadInput() {
        Path suite = SUITES.resolve("naive-small.yaml");
        CliRun run = CliRun.of("", "check", "--suite", suite.toString(), "--receiver", "no-such-program-xyz {port} {out}",
                "--sender", py("saw_sender.py", "{host} {port} {in}"), "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("--receiver: cannot start 'no-such-program-xyz'"), run.err());
    }
}
