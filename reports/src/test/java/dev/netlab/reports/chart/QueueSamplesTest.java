package dev.netlab.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.reports.results.ResultsFixture;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.RunResults;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueSamplesTest {

    @Test
    void aCopysStayInTheQueueIsItsTimeInTheRelayLessTheBaseDelay(@TempDir Path dir) throws Exception {
        Path results = ResultsFixture.write(dir, true);
        RunResults r = ResultsReader.read(results);
        String delay = r.scenario().uplink().get("delay");
        assertEquals("20ms", delay, "the fixture's base delay, which the rows below build on");
        // Two uplink copies arriving at 0 and 10 ms, 20 ms of delay, then 30 and 50 ms in the queue: on average
        // 0.8 copies in the queue over the first 100 ms ((30 + 50) / 100) and 40 ms spent there.
        Path ledger = dir.resolve("hand-made-ledger.csv");
        Files.writeString(ledger, "transport,time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason\n"
                + "udp,0,0,uplink,0,0,100,forwarded,50000000,\n"
                + "udp,10000000,1,uplink,0,0,100,forwarded,70000000,\n"
                + "udp,10000000,1,uplink,1,0,100,queue-drop,0,queue-full\n"
                + "tcp,0,0,uplink,0,0,100,forwarded,900000000,\n");
        QueueSamples q = QueueSamples.read(ledger, "udp", r.scenario());
        assertEquals(1, q.bins(Direction.UPLINK));
        assertEquals(0.8, q.packets(Direction.UPLINK, 0), 1e-9);
        assertEquals(40.0, q.queueMs(Direction.UPLINK, 0), 1e-9);
        assertEquals(0, q.bins(Direction.DOWNLINK));
        assertTrue(QueueChart.sentence(q, "UDP")
                .startsWith("UDP uplink: 0.8 packets in the queue on average"), QueueChart.sentence(q, "UDP"));
    }

    @Test
    void aSharedQueueIsBothTransportsPacketsAddedOnOneTimeAxisNotTwoHalves(@TempDir Path dir) throws Exception {
        RunResults r = ResultsReader.read(ResultsFixture.write(dir, true));
        // One UDP copy 30 ms in the queue and one TCP copy 50 ms, overlapping in the first 100 ms: the shared
        // queue held 0.8 packets on average, UDP's part 0.3 and TCP's 0.5; read alone, UDP's rows would say 0.3.
        Path ledger = dir.resolve("hand-made-ledger.csv");
        Files.writeString(ledger, "transport,time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason\n"
                + "udp,0,0,uplink,0,0,100,forwarded,50000000,\n"
                + "tcp,10000000,0,uplink,0,0,100,forwarded,70000000,\n"
                + "tcp,10000000,0,uplink,1,0,100,queue-drop,0,queue-full\n");
        QueueSamples shared = QueueSamples.read(ledger, java.util.List.of("udp", "tcp"), r.scenario());
        assertEquals(0.8, shared.packets(Direction.UPLINK, 0), 1e-9);
        assertEquals(0.3, shared.packets(0, Direction.UPLINK, 0), 1e-9);
        assertEquals(0.5, shared.packets(1, Direction.UPLINK, 0), 1e-9);
        assertEquals(40.0, shared.queueMs(Direction.UPLINK, 0), 1e-9);
        assertEquals(0.3, QueueSamples.read(ledger, "udp", r.scenario()).packets(Direction.UPLINK, 0), 1e-9);
    }
}
