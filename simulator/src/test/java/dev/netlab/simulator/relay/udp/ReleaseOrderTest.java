package dev.netlab.simulator.relay.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReleaseOrderTest {

    @Test
    void aCopyTheEngineReleasedInOrderIsNeverSentBeforeTheOneAheadOfIt() {
        ReleaseOrder order = new ReleaseOrder();
        // Emulated releases 100 then 100 (preserveOrder bunched them); the first arrived 5 late, the second on
        // time, so real arrival + sojourn would send the second 5 before the first: held to the first's time.
        assertEquals(105, order.realRelease(0, true, 100, 105));
        assertEquals(105, order.realRelease(0, true, 100, 100));
        assertEquals(130, order.realRelease(0, true, 120, 130), "later and later: its own time");
    }

    @Test
    void aCopyTheEngineLetOvertakeKeepsItsOwnTimeAndFlowsAndDirectionsAreApart() {
        ReleaseOrder order = new ReleaseOrder();
        assertEquals(200, order.realRelease(0, true, 200, 200));
        assertEquals(150, order.realRelease(0, true, 150, 150), "reordered by the engine: overtakes");
        assertEquals(90, order.realRelease(0, false, 90, 90), "the other direction is another order");
        assertEquals(90, order.realRelease(1, true, 90, 90), "another flow too");
        order.release(0);
        assertEquals(10, order.realRelease(0, true, 10, 10), "a released flow starts afresh");
    }
}
