package dev.netlab.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.results.ScenarioInfo;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableWordsTest {

    @TempDir
    Path tmp;

    private RunResults withClients(int clients) throws IOException {
        RunResults r = ResultsReader.read(ResultsFixture.write(tmp.resolve("c" + clients), false));
        ScenarioInfo s = r.scenario();
        return new RunResults(new ScenarioInfo(s.name(), s.description(), s.seed(), s.profile(), clients, s.durationMs(),
                s.deadlineMs(), s.uplink(), s.downlink(), s.phases(), s.expected()), r.partial(), r.summaries(),
                r.messages(), r.cwnd(), r.cwndPresent(), r.scenarioYaml());
    }

    @Test
    void theMessagesRowCountsClientsInTheRightNumber() throws IOException {
        // It used to say "1 clients".
        assertEquals("profile voip, 1 client", SummaryTable.rows(withClients(1)).get(0).configured());
        assertEquals("profile voip, 2 clients", SummaryTable.rows(withClients(2)).get(0).configured());
    }
}
