package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path tmp;

    /**
     * A hand-made results directory: UDP and TCP, four messages each; UDP loses {@code udpLost} of
     * them, every reply takes {@code rttMs}. The uplink's loss setting is {@code loss}.
     */
    private Path run(String name, String loss, int udpLost, double rttMs) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        StringBuilder csv = new StringBuilder("transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late\n");
        for (String t : new String[] {"udp", "tcp"}) {
            for (int seq = 0; seq < 4; seq++) {
                boolean lost = t.equals("udp") && seq < udpLost;
                csv.append(String.format(Locale.ROOT, "%s,0,%d,64,%d,%s,%s,0,%s,\n", t, seq, seq * 20,
                        lost ? "" : String.valueOf(seq * 20 + rttMs), lost ? "" : String.valueOf(rttMs), lost ? "" : seq));
            }
        }
        Files.writeString(dir.resolve("messages.csv"), csv);
        String transport = """
                {"sent": 4, "delivered": %d, "lost": %d, "deliveryRatio": %s,
                 "rttMs": {"p50": %s, "p90": %s, "p99": %s, "max": %s, "mean": %s}}""";
        Files.writeString(dir.resolve("summary.json"), String.format(Locale.ROOT, """
                {"scenario": {"name": "tiny", "seed": 7, "profile": "voip", "clients": 1, "durationMs": 100,
                   "uplink": {"loss": "%s", "delay": "20ms"}, "downlink": {"delay": "20ms"}},
                 "transports": {"udp": %s, "tcp": %s}}
                """, loss, String.format(Locale.ROOT, transport, 4 - udpLost, udpLost, (4 - udpLost) / 4.0,
                rttMs, rttMs, rttMs, rttMs, rttMs), String.format(Locale.ROOT, transport, 4, 0, 1.0,
                rttMs, rttMs, rttMs, rttMs, rttMs)));
        return dir;
    }

    @Test
    void twoRunsArePrintedSideBySideWithTheDifferencesAndTheOverlayChartsAreWritten() throws IOException {
        Path a = run("a", "0%", 0, 40);
        Path b = run("b", "25%", 1, 50);
        Path out = tmp.resolve("cmp");
        CliRun run = CliRun.of("", "compare", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // The one setting that differs is named, and each measure shows A, B and B-A per transport.
        assertTrue(run.out().contains("settings that differ: uplink.loss: 0% → 25%"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("delivered\\s+100\\.0%\\s+75\\.0%\\s+-25\\.0 pt\\s+100\\.0%\\s+100\\.0%\\s+=")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("RTT p99 \\(ms\\)\\s+40\\.0\\s+50\\.0\\s+\\+10\\.0.*")), run.out());
        for (String file : new String[] {"compare-delivery.png", "compare-rtt-cdf.png", "report.html", "report.md"}) {
            assertTrue(Files.size(out.resolve(file)) > 1000 || file.endsWith(".md"), file);
        }
        assertTrue(Files.readString(out.resolve("report.md")).contains("Settings that differ: uplink.loss: 0% → 25%."));
    }

    @Test
    void aPathThatIsNoDirectoryIsOneLineAndExitCodeTwo() throws IOException {
        CliRun run = CliRun.of("", "compare", tmp.resolve("nope").toString(), run("b", "0%", 0, 40).toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("RUN_A " + tmp.resolve("nope") + ": not a directory"), run.err());
    }

    @Test
    void anInterruptedRunWithoutSummarySaysToRunReportFirst() throws IOException {
        Path a = run("a", "0%", 0, 40);
        Path b = run("b", "0%", 0, 40);
        Files.delete(b.resolve("summary.json"));
        CliRun run = CliRun.of("", "compare", a.toString(), b.toString(), "--out", tmp.resolve("cmp").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("RUN_B " + b + " has no summary.json (the run was interrupted): run 'netlab report "
                + b + "' first"), run.err());
        assertFalse(Files.exists(tmp.resolve("cmp")), "nothing is written before both runs are read");
    }

    @Test
    void aCorruptSummaryIsOneLineNamingTheRunAndTheFile() throws IOException {
        Path a = run("a", "0%", 0, 40);
        Files.writeString(a.resolve("summary.json"), "{\"scenario\": ");
        CliRun run = CliRun.of("", "compare", a.toString(), run("b", "0%", 0, 40).toString(),
                "--out", tmp.resolve("cmp").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("RUN_A " + a + ": summary.json"), run.err());
    }

    @Test
    void aSweepDirectoryIsRefusedWithWhatToCompareInstead() throws IOException {
        Path a = run("a", "0%", 0, 40);
        Files.writeString(a.resolve("sweep.csv"), "");
        CliRun run = CliRun.of("", "compare", a.toString(), a.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("is a sweep; compare two of the run directories inside it"), run.err());
    }
}
