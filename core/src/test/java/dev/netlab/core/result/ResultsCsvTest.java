package dev.netlab.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.engine.CsvLedgerWriter;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void theHeadersAreTheDocumentedOnesByteForByte() {
        // These lines are the published format (docs/results.md): a changed column breaks every reader out there.
        assertEquals("transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late",
                ResultsCsv.MESSAGES.header());
        assertEquals("transport,client,direction,time_ms,cwnd_bytes", ResultsCsv.CWND.header());
        assertEquals("transport,time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason",
                ResultsCsv.LEDGER.header());
        assertEquals("parameter,value,value_label,repeat,transport,seed,delivery_ratio,on_time_ratio,rtt_p99_ms,"
                + "goodput_bps", ResultsCsv.SWEEP.header());
    }

    @Test
    void theRunLedgerIsTheEngineLedgerAfterATransportColumn() {
        // ledger.csv and the proxy's --ledger file must not drift apart: one is the other plus a column.
        assertEquals("transport," + CsvLedgerWriter.HEADER, ResultsCsv.LEDGER.header());
    }
}
