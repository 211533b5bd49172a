package dev.netlab.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

    @Test
    void readsDecimalAndBinaryUnits() {
        assertEquals(1500, ByteSize.parse("1500B").bytes());
        assertEquals(64_000, ByteSize.parse("64KB").bytes());
        assertEquals(1_000_000, ByteSize.parse("1MB").bytes());
        assertEquals(65_536, ByteSize.parse("64KiB").bytes());
        assertEquals(1_048_576, ByteSize.parse("1MiB").bytes());
        assertEquals(1_500, ByteSize.parse("1.5KB").bytes());
    }

    @Test
    void refusesASmallBBecauseItMeansBits() {
        // "1mb" reads as megabits to a network engineer; guessing bytes would be wrong half the time.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("1mb"));
        assertTrue(e.getMessage().startsWith("not a size: '1mb'; expected"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("1500"));
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse("1.5B"));
    }

    @Test
    void formatsInTheLargestExactUnit() {
        assertEquals("1500B", ByteSize.parse("1500B").toString());
        assertEquals("64KB", ByteSize.parse("64000B").toString());
        assertEquals("0B", ByteSize.ZERO.toString());
    }
}
