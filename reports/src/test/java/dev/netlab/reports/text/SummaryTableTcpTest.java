package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTcpTest {

    private static List<String> row(RunResults r, String measure) {
        return SummaryTable.cells(r).stream().filter(c -> c.get(0).equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void theTcpRowsNameEveryCauseAndBothKindsOfWaiting(@TempDir Path tmp) throws IOException {
        Path dir = ResultsFixture.write(tmp, true);
        Path summary = dir.resolve("summary.json");
        // The fixture's 3 retransmissions: 1 repaired drop, 2 spurious (one after duplicate ACKs, one on the timer).
        Files.writeString(summary, Files.readString(summary).replace("\"stallMs\": 300.0", "\"holWaitMs\": 300.0,"
                + " \"longestHolWaitMs\": 250.0, \"timeoutWaitMs\": 200.0, \"retransmissionCauses\": {\"repairedDrops\": 1,"
                + " \"repairedLostRetransmissions\": 0, \"spuriousFast\": 1, \"spuriousTimeouts\": 1,"
                + " \"lostTransmissions\": 1, \"needlessLosses\": 0}"));
        RunResults r = ResultsReader.read(dir);

        // Columns: measure, configured, theory, UDP observed, TCP observed.
        assertEquals(List.of("retransmission causes", "–", "–", "–", "1 repaired drop, 0 repaired lost retransmissions,"
                + " 2 spurious (1 after duplicate ACKs, 1 on the timer)"), row(r, "retransmission causes"));
        assertEquals("300.0 ms (250.0 ms)", row(r, "head-of-line wait (longest)").get(4));
        assertEquals("200.0 ms", row(r, "time lost to retransmission timeouts").get(4));
    }
}
