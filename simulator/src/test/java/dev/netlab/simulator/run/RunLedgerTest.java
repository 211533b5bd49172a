package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.CsvLedgerWriter;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLedgerTest {

    @Test
    void eachRowIsTheEngineLedgersRowAfterItsTransportUnderTheLayoutsHeader() throws IOException {
        // ledger.csv and a proxy's --ledger file share one row format; the header is the results layout's.
        LedgerEntry dropped = new LedgerEntry(2_000, 3, Direction.DOWNLINK, 1, 0, 100, Action.DROPPED, 0, "loss");
        LedgerEntry forwarded = new LedgerEntry(3_000, 0, Direction.UPLINK, 0, 0, 50, Action.FORWARDED, 5_000, "");
        StringWriter out = new StringWriter();
        try (RunLedger ledger = new RunLedger(out)) {
            ledger.sink(Transport.UDP).record(dropped);
            ledger.sink(Transport.TCP).record(forwarded);
        }
        assertEquals(List.of(ResultsCsv.LEDGER.header(),
                "udp,2000,3,downlink,1,0,100,dropped,0,loss",
                "tcp," + CsvLedgerWriter.row(forwarded)), out.toString().lines().toList());
        assertEquals("tcp,3000,0,uplink,0,0,50,forwarded,5000,", out.toString().lines().toList().get(2));
    }
}
