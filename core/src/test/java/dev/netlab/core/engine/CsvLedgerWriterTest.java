package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.units.Percent;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLedgerWriterTest {

    @Test
    void writesTheHeaderThenOneRowPerDecisionInTheDocumentedColumns() {
        // A pattern drops packet 1 and a fixed delay forwards packet 0 after 5ms: the rows are fully known.
        LinkConfig config = LinkConfig.builder().loss(new PatternLoss(".X")).delay(Duration.ofMillis(5)).build();
        StringWriter out = new StringWriter();
        try (CsvLedgerWriter csv = new CsvLedgerWriter(out)) {
            ImpairmentEngine engine = new ImpairmentEngine(1, LinkConfig.TRANSPARENT, config, csv);
            engine.process(3, Direction.DOWNLINK, 0, 100, 1_000, new byte[100]);
            engine.process(3, Direction.DOWNLINK, 1, 100, 2_000, new byte[100]);
            engine.process(3, Direction.UPLINK, 0, 50, 3_000, new byte[50]);
        }
        assertEquals(List.of(
                "time_nanos,flow,direction,index,copy,size_bytes,action,delay_nanos,reason",
                "1000,3,downlink,0,0,100,forwarded,5000000,",
                "2000,3,downlink,1,0,100,dropped,0,loss",
                "3000,3,uplink,0,0,50,forwarded,0,"), out.toString().lines().toList());
    }

    @Test
    void countersAgreeWithTheRowsPerActionAndDirection() {
        // The counters feed the report and the rows feed the ledger file: they must never disagree.
        LinkConfig config = LinkConfig.builder().loss(Percent.parse("10%")).duplicate(Percent.parse("10%"))
                .corrupt(Percent.parse("10%")).corruptMode(CorruptMode.DROP).build();
        StringWriter out = new StringWriter();
        ImpairmentEngine engine;
        try (CsvLedgerWriter csv = new CsvLedgerWriter(out)) {
            engine = new ImpairmentEngine(5, config, config, csv);
            for (int i = 0; i < 10_000; i++) {
                engine.process(1, i % 2 == 0 ? Direction.UPLINK : Direction.DOWNLINK, i / 2, 10, i, new byte[10]);
            }
        }
        List<String> rows = out.toString().lines().skip(1).toList();
        for (Direction direction : Direction.values()) {
            for (Action action : Action.values()) {
                String infix = "," + direction.label() + ",";
                String column = "," + action.label() + ",";
                long inRows = rows.stream().filter(r -> r.contains(infix) && r.contains(column)).count();
                assertEquals(inRows, engine.counters().count(direction, action), direction + " " + action);
            }
        }
    }
}
