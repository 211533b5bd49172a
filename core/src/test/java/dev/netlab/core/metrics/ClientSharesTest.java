package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSharesTest {

    @Test
    void equalSharesGiveAnIndexOfOneAndOneTakingAllGivesOneOverN() {
        assertEquals(1.0, ClientShares.jain(List.of(250.0, 250.0, 250.0, 250.0)), 1e-12);
        assertEquals(0.25, ClientShares.jain(List.of(1000.0, 0.0, 0.0, 0.0)), 1e-12);
        // Two of four get it all, equally: (2x)² / (4 · 2x²) = 1/2.
        assertEquals(0.5, ClientShares.jain(List.of(5.0, 5.0, 0.0, 0.0)), 1e-12);
        assertTrue(Double.isNaN(ClientShares.jain(List.of(0.0, 0.0))));
    }

    @Test
    void theClientsGoodputsAddUpToTheTransportsAndAStarvedClientCounts() {
        // Client 0 gets two 100-byte messages through, client 1 one, client 2 none, over one second.
        List<Observation> obs = List.of(
                Observation.delivered(0, 0, 0, 100, 0, 500_000_000L),
                Observation.delivered(0, 1, 0, 100, 1, 900_000_000L),
                Observation.delivered(1, 0, 0, 100, 2, 1_000_000_000L),
                Observation.lost(2, 0, 0, 100));
        ClientShares shares = ClientShares.of(obs, 3);
        assertEquals(List.of(1600.0, 800.0, 0.0), shares.goodputBps());
        double total = TransportSummary.of(obs, Long.MAX_VALUE).goodputBps();
        assertEquals(total, shares.goodputBps().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        // (2400)² / (3 · (1600² + 800²)) = 0.6.
        assertEquals(0.6, shares.jainIndex(), 1e-12);
    }

    @Test
    void aClientOutsideTheCountIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ClientShares.of(List.of(Observation.lost(3, 0, 0, 100)), 3));
    }
}
