package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoodputTest {

    @Test
    void thousandBytesInOneSecondIsEightThousandBitsPerSecond() {
        // 1000 B * 8 bit/B over (1.5 s - 0.5 s).
        assertEquals(8000.0, Goodput.bitsPerSecond(1000, 500_000_000L, 1_500_000_000L), 1e-9);
    }

    @Test
    void nothingDeliveredIsZeroAndNoTimeIsUndefined() {
        // No payload is no goodput, however long it took; payload in no time has no rate.
        assertEquals(0.0, Goodput.bitsPerSecond(0, 10, 10));
        assertTrue(Double.isNaN(Goodput.bitsPerSecond(100, 10, 10)));
        assertThrows(IllegalArgumentException.class, () -> Goodput.bitsPerSecond(-1, 0, 1));
    }
}
