package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void eachTargetSaysMetOrMissedFromTheFigureItBounds() {
        // Added latency is relay minus direct: 30 → 44 adds 14 µs (met at +15), 30 → 46 adds 16 (missed).
        assertEquals("met", BenchTable.Target.addedAtMost(15).verdict(30, 44));
        assertEquals("MISSED", BenchTable.Target.addedAtMost(15).verdict(30, 46));
        // A ratio is relay over direct and must reach the bound.
        assertEquals("met", BenchTable.Target.ratioAtLeast(0.5).verdict(100, 50));
        assertEquals("MISSED", BenchTable.Target.ratioAtLeast(0.5).verdict(100, 49));
        assertEquals("MISSED", BenchTable.Target.atMost(100, " µs").verdict(Double.NaN, 110.6));
        assertEquals("-", BenchTable.Target.NONE.verdict(Double.NaN, 5450));
    }

    @Test
    void theTableIsPrintedWholeWithATargetAndAMetColumnAndCountsTheMisses() {
        BenchTable table = new BenchTable();
        table.row("UDP RTT 64 B p50 (µs)", 27.2, 34.7, BenchTable.Target.addedAtMost(15));
        table.single("timer lateness at 1 ms p99 (µs)", 110.6, BenchTable.Target.atMost(100, " µs"));
        table.note("engine decisions (per s)", 2_000_000, "loss+delay");
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        assertEquals(4, lines.size(), text.toString());
        assertTrue(lines.get(0).matches("measurement\\s+direct\\s+relay\\s+ratio\\s+target\\s+met\\?"), lines.get(0));
        assertTrue(lines.get(1).matches(".*added ≤ \\+15 µs\\s+met"), lines.get(1));
        assertTrue(lines.get(2).matches(".*≤ 100 µs\\s+MISSED"), lines.get(2));
        assertTrue(lines.get(3).matches(".*loss\\+delay\\s+-"), lines.get(3));
        assertEquals(1, table.missed());
    }
}
