package dev.netlab.reports.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TcpSummaryJsonTest {

    /** high-jitter's case: 38 retransmissions, all spurious fast ones, nothing dropped. */
    private static final TcpCost SPURIOUS_ONLY = TcpCost.of(List.of(
            new TcpCost.Path(0, Direction.UPLINK, 20, 0, new TcpCost.Causes(0, 0, 20, 0, 0, 0), 600, 90, 0),
            new TcpCost.Path(0, Direction.DOWNLINK, 18, 0, new TcpCost.Causes(0, 0, 18, 0, 0, 0), 500, 80, 0)), 80);

    @Test
    void spuriousRetransmissionsAreNamedAndTheBooksBalance() {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = TcpSummaryJson.consistency(SPURIOUS_ONLY, 0, 0, out);
        // Every one of the 38 has a cause (spurious, after duplicate ACKs) and no transmission was lost.
        assertTrue(ok);
        assertEquals(38L, out.get("retransmissionsExplained"));
        assertEquals("TCP repairs every loss by retransmission, so nothing may be lost: 38 retransmissions = 0 repaired"
                + " drops + 0 repaired lost retransmissions + 38 spurious after duplicate ACKs + 0 spurious on the"
                + " timer", out.get("explanation"));
    }

    @Test
    void booksThatDoNotBalanceAreNotOkAndSayWhy() {
        // 5 retransmissions but causes for 4, one lost transmission never repaired and 1 message lost.
        TcpCost cost = new TcpCost(5, 1, 40, new TcpCost.Causes(1, 1, 1, 1, 3, 0), 0, 0, 200, List.of());
        Map<String, Object> out = new LinkedHashMap<>();

        assertFalse(TcpSummaryJson.consistency(cost, 1, 0, out));
        assertEquals("TCP repairs every loss by retransmission, so nothing may be lost: 5 retransmissions = 1 repaired"
                + " drop + 1 repaired lost retransmission + 1 spurious after duplicate ACKs + 1 spurious on the timer;"
                + " the causes add up to 4, not 5; 1 lost transmission never repaired; 1 message lost",
                out.get("explanation"));
    }

    @Test
    void theTotalsAndEveryConnectionAndDirectionAreWritten() {
        Map<String, Object> out = new LinkedHashMap<>();
        TcpSummaryJson.put(SPURIOUS_ONLY, out);
        // Head-of-line wait adds up over paths; the longest is the largest of one path, not a sum.
        assertEquals(1100.0, out.get("holWaitMs"));
        assertEquals(90.0, out.get("longestHolWaitMs"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paths = (List<Map<String, Object>>) out.get("tcpPaths");
        assertEquals(2, paths.size());
        assertEquals("downlink", paths.get(1).get("direction"));
        assertEquals(18L, paths.get(1).get("retransmissions"));
    }

    @Test
    void aSummaryWrittenBeforeIssue11ReadsItsStallAsHeadOfLineWait(@TempDir Path tmp) throws IOException {
        // The fixture is written the old way: "stallMs": 300.0 and no causes.
        MeasuredSummary tcp = ResultsReader.read(ResultsFixture.write(tmp, true)).summaries().get(Transport.TCP);
        assertEquals(300.0, tcp.holWaitMs());
        assertTrue(Double.isNaN(tcp.longestHolWaitMs()));
        assertTrue(tcp.retransmissionCauses().isEmpty());
    }
}
