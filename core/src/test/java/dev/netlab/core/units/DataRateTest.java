package dev.netlab.core.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DataRateTest {

    @Test
    void readsNetemBitUnitsAsDecimalBitsPerSecond() {
        // SI units: 1 kbit = 1000 bit, as netem and link vendors use them.
        assertEquals(2_000_000, DataRate.parse("2mbit").bitsPerSecond());
        assertEquals(512_000, DataRate.parse("512kbit").bitsPerSecond());
        assertEquals(1_000_000_000, DataRate.parse("1gbit").bitsPerSecond());
        assertEquals(9600, DataRate.parse("9600bit").bitsPerSecond());
        assertEquals(1_500_000, DataRate.parse("1.5Mbit").bitsPerSecond());
        assertEquals(2_000_000, DataRate.parse("2mbit/s").bitsPerSecond());
    }

    @Test
    void readsBytesPerSecondOnlyWithACapitalBAndPerSecond() {
        assertEquals(2_000_000, DataRate.parse("250KB/s").bitsPerSecond());
        assertEquals(8, DataRate.parse("1B/s").bitsPerSecond());
    }

    @Test
    void refusesTheAmbiguousMbpsAndSaysWhatIsAllowed() {
        // tc reads "mbps" as megabytes, most people as megabits: refusing is the only safe reading.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataRate.parse("2 mbps"));
        assertEquals("not a rate: '2 mbps'; expected a number with bit, kbit, mbit or gbit (per second), for example"
                + " 2mbit, or bytes per second with B/s, KB/s, MB/s or GB/s", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataRate.parse("0mbit"));
        assertThrows(IllegalArgumentException.class, () -> DataRate.parse("10"));
    }

    @Test
    void serialisationTimeIsSizeOverRateRoundedUp() {
        // 1000 bytes at 2mbit: 8000 bits / 2e6 bit/s = 4ms exactly; 1 byte at 3bit/s: 8/3 s, rounded up.
        assertEquals(4_000_000, DataRate.parse("2mbit").serialisationNanos(1000));
        assertEquals(2_666_666_667L, new DataRate(3).serialisationNanos(1));
        assertEquals("2mbit", DataRate.parse("2000kbit").toString());
    }
}
