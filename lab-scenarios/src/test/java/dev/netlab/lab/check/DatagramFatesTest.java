package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LedgerEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatagramFatesTest {

    private static LedgerEntry up(long timeMs, long index, int copy, Action action, String reason) {
        return new LedgerEntry(timeMs * 1_000_000, 0, Direction.UPLINK, index, copy, 1006, action, 0, reason);
    }

    /** A hand-made ledger: one datagram of each fate, in the rows the engine writes for it. */
    private static final List<LedgerEntry> LEDGER = List.of(
            up(1, 0, 0, Action.DROPPED, "rule 1 drop"),
            up(2, 1, 0, Action.FORWARDED, ""),
            up(3, 2, 0, Action.DROPPED, "loss"),
            up(4, 3, 0, Action.CORRUPTED, ""), up(4, 3, 0, Action.FORWARDED, ""),
            up(5, 4, 0, Action.DUPLICATED, ""), up(5, 4, 0, Action.FORWARDED, ""), up(5, 4, 1, Action.FORWARDED, ""),
            up(6, 5, 0, Action.DUPLICATED, ""), up(6, 5, 0, Action.DROPPED, "loss"), up(6, 5, 1, Action.FORWARDED, ""),
            new LedgerEntry(7_000_000, 0, Direction.DOWNLINK, 0, 0, 6, Action.FORWARDED, 0, ""));

    @Test
    void eachDatagramGetsOneFateFromAllItsRows() {
        // A datagram is dropped only when no copy left the relay (index 5 lost its original but not its copy).
        assertEquals(List.of("dropped: rule 1 drop", "delivered", "dropped: loss", "corrupted", "duplicated",
                "duplicated"), DatagramFates.of(LEDGER, Direction.UPLINK).stream().map(DatagramFates.Fate::fate).toList());
    }

    @Test
    void datagramsAreNumberedInTheOrderTheyReachedTheRelay() {
        List<DatagramFates.Fate> fates = DatagramFates.of(LEDGER, Direction.UPLINK);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), fates.stream().map(DatagramFates.Fate::number).toList());
        assertEquals(3.0, fates.get(2).timeMs());
    }

    @Test
    void theCountsSplitDropsByReasonAndCountCopiesOnce() {
        DatagramFates.Counts c = DatagramFates.counts(DatagramFates.of(LEDGER, Direction.UPLINK));
        assertEquals(6, c.datagrams());
        assertEquals(6 * 1006, c.bytes());
        assertEquals(4, c.delivered());
        assertEquals(Map.of("loss", 1L, "rule 1 drop", 1L), c.drops());
        assertEquals(1, c.corrupted());
        assertEquals(2, c.duplicated());
        assertEquals(1, DatagramFates.counts(DatagramFates.of(LEDGER, Direction.DOWNLINK)).datagrams());
    }

    @Test
    void efficiencyAndRetransmissionRatioFollowTheirDefinitions() {
        DatagramFates.Counts up = DatagramFates.counts(DatagramFates.of(LEDGER, Direction.UPLINK));
        // 4000 input bytes in datagrams of at most 1006 bytes need at least 4; the sender sent 6.
        CaseTraffic t = new CaseTraffic(up, DatagramFates.counts(List.of()), List.of(), List.of(), 4000, 0);
        assertEquals(4000.0 / 6036, t.efficiency().getAsDouble(), 1e-12);
        assertEquals(4, t.minimalDatagrams());
        assertEquals(1.5, t.retransmissionRatio().getAsDouble(), 1e-12);
        assertEquals(true, CaseTraffic.NONE.efficiency().isEmpty());
    }
}
