package dev.netlab.simulator.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelUdpDropsTest {

    @Test
    void theDropsColumnIsSummedPerLocalPort() {
        // Two rows as Linux writes them (port 0x1F90 = 8080 twice, once over IPv6), and one other port.
        List<String> table = List.of(
                "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops",
                "  119: 0100007F:1F90 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 41 2 0000000000000000 7",
                "  120: 0100007F:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 42 2 0000000000000000 0",
                "  121: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000"
                        + " 00000000     0        0 43 2 0000000000000000 5");
        Map<Integer, Long> drops = new HashMap<>();
        KernelUdpDrops.parse(table, drops);
        assertEquals(12L, drops.get(8080));
        assertEquals(0L, drops.get(53));
        assertEquals(2, drops.size());
    }
}
