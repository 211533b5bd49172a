package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.ScenarioInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveredRateTest {

    @TempDir
    Path tmp;

    @Test
    void aFixedRateProfileShowsWhatWasDeliveredOfWhatWasOffered() throws IOException {
        // The fixture is voip: 40 messages of 160 B per transport in 1000 ms offer 51.2 kbit/s;
        // summary.json's goodput is 2560 bit/s.
        RunResults r = ResultsReader.read(ResultsFixture.write(tmp, false));
        SummaryTable.Row row = DeliveredRate.row(r, "–");
        assertEquals("delivered rate (goodput)", row.measure());
        assertEquals("fixed-rate profile, not a capacity", row.configured());
        assertEquals(List.of("2.6 kbit/s of 51.2 kbit/s offered", "2.6 kbit/s of 51.2 kbit/s offered"), row.observed());
    }

    @Test
    void aBulkProfileShowsGoodputAsItIs() throws IOException {
        RunResults fixture = ResultsReader.read(ResultsFixture.write(tmp, false));
        ScenarioInfo s = fixture.scenario();
        RunResults file = new RunResults(new ScenarioInfo(s.name(), s.description(), s.seed(), "file", s.clients(),
                s.durationMs(), s.deadlineMs(), s.uplink(), s.downlink(), s.phases(), s.expected()), false,
                fixture.summaries(), fixture.messages(), List.of(), false, java.util.Optional.empty());
        SummaryTable.Row row = DeliveredRate.row(file, "1mbit each way");
        assertEquals("goodput", row.measure());
        assertEquals("bulk profile; link rate 1mbit each way", row.configured());
        assertEquals(List.of("2.6 kbit/s", "2.6 kbit/s"), row.observed());
    }
}
