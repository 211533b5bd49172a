package dev.netlab.simulator.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.metrics.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageLogTest {

    @Test
    void unansweredMessagesSentAfterTheCutOffAreInFlightNotLost() {
        // Sent at 0, 10, 20, 30 ms; only the first answered; cut-off at 15 ms: seq 1 is lost, seq 2 and 3 in flight.
        MessageLog log = new MessageLog(1, 5);
        for (int seq = 0; seq < 4; seq++) {
            log.sent(0, seq, seq * 10_000_000L);
        }
        log.arrived(0, 0, 0, 5_000_000L);
        List<Observation> observations = log.observations(32, 15_000_000L);
        assertEquals(List.of(0L, 1L), observations.stream().map(Observation::seq).toList());
        assertEquals(false, observations.get(1).isDelivered());
        assertEquals(2, log.unanswered(15_000_000L));
    }

    @Test
    void withoutAStopEveryUnansweredMessageIsLost() {
        MessageLog log = new MessageLog(1, 2);
        log.sent(0, 0, 0);
        log.sent(0, 1, 10_000_000L);
        assertEquals(2, log.observations(32, Long.MAX_VALUE).size());
        assertEquals(0, log.unanswered(Long.MAX_VALUE));
    }
}
