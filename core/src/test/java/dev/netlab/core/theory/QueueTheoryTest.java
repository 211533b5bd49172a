package dev.netlab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.ServerMode;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.engine.LinkShare;
import dev.netlab.core.traffic.Profile;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.core.units.DataRate;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueTheoryTest {

    private static final LinkConfig LINK = LinkConfig.builder().rate(DataRate.parse("1mbit")).limit(20).build();

    /** Four clients of 160 B every 4 ms: 320 kbit/s each, 1.28 Mbit/s together. */
    private static Traffic fourClients() {
        return new Traffic(Profile.VOIP, 4, 2000, 160, Duration.ofMillis(4), 1, Optional.empty(), ServerMode.ECHO);
    }

    @Test
    void anOverloadedSharedQueueDropsWhatArrivesBeyondTheRate() {
        QueueTheory theory = QueueTheory.of(LINK, fourClients()).orElseThrow();
        // 4 × 160 B × 8 / 4 ms = 1.28 Mbit/s over 1 Mbit/s.
        assertEquals(1.28, theory.offeredLoad(), 1e-9);
        assertEquals(1, theory.utilisation());
        assertEquals(1 - 1 / 1.28, theory.dropShare(), 1e-9);
        // 20 packets of 1.28 ms each ahead.
        assertEquals(25.6, theory.meanQueueingMs(), 1e-9);
        assertTrue(theory.shared());
    }

    @Test
    void theEngineDropsTheShareTheTheoryGives() {
        // The four clients, a quarter interval apart, through the engine's shared queue on virtual time:
        // the measured drop share must be the fluid limit's within a percentage point (deterministic: no draws).
        Traffic traffic = fourClients();
        ImpairmentEngine engine = new ImpairmentEngine(1, LINK, LinkConfig.TRANSPARENT, LedgerSink.NONE);
        byte[] payload = new byte[160];
        long sent = 0;
        long dropped = 0;
        for (long seq = 0; seq < traffic.messages(); seq++) {
            for (int client = 0; client < 4; client++) {
                long t = traffic.sendOffsetNanos(seq) + client * 1_000_000L;
                Fate fate = engine.process(client + 1, Direction.UPLINK, seq, 160, t, payload);
                sent++;
                dropped += fate instanceof Fate.Dropped ? 1 : 0;
            }
        }
        assertEquals(QueueTheory.of(LINK, traffic).orElseThrow().dropShare(), (double) dropped / sent, 0.01);
    }

    @Test
    void aPerFlowQueueSeesOneClientsLoad() {
        LinkConfig perFlow = LINK.toBuilder().share(LinkShare.PER_FLOW).build();
        QueueTheory theory = QueueTheory.of(perFlow, fourClients()).orElseThrow();
        assertEquals(0.32, theory.offeredLoad(), 1e-9);
        assertEquals(0, theory.dropShare());
        assertFalse(theory.hasDelayClosedForm(), "below capacity the delay depends on the clients' phases");
    }

    @Test
    void aLinkWithoutRateHasNoQueueTheory() {
        assertTrue(QueueTheory.of(LinkConfig.TRANSPARENT, fourClients()).isEmpty());
    }
}
