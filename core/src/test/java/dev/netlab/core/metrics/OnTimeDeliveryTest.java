package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OnTimeDeliveryTest {

    @Test
    void countsLatencyEqualToTheDeadlineAsOnTime() {
        OnTimeDelivery d = OnTimeDelivery.of(5, new long[] {10, 20, 30, 40}, 20);
        // 10 and 20 meet a 20 ns deadline, 30 and 40 miss it, one of five never came: 2/5 on time.
        assertEquals(new OnTimeDelivery(5, 2, 2), d);
        assertEquals(1, d.lost());
        assertEquals(0.4, d.onTimeRatio(), 1e-12);
    }

    @Test
    void nothingSentHasNoRatio() {
        // 0/0 is not 0% on time.
        assertTrue(Double.isNaN(OnTimeDelivery.of(0, new long[0], 1).onTimeRatio()));
        assertThrows(IllegalArgumentException.class, () -> OnTimeDelivery.of(1, new long[] {1, 2}, 5));
    }
}
