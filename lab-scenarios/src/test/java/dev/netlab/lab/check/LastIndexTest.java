package dev.netlab.lab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LastIndexTest {

    @Test
    void lastIsTheCountOfItsOwnDirection() {
        // 21 datagrams from the sender, 20 ACKs over the perfect channel
        assertEquals("uplink index=21 drop", LastIndex.resolve("uplink index=last drop", 21, 20));
        assertEquals("downlink index=20 drop", LastIndex.resolve("downlink index=last drop", 21, 20));
    }

    @Test
    void lastMinusKAndRangesEndingAtLastAreResolvedToo() {
        assertEquals("uplink index=19-21 drop", LastIndex.resolve("uplink index=last-2-last drop", 21, 20));
        assertEquals("uplink index=1,21 drop", LastIndex.resolve("uplink index=1,last drop", 21, 20));
    }

    @Test
    void aRuleWithoutLastIsLeftAsItIs() {
        assertEquals("uplink index=3 drop", LastIndex.resolve("uplink index=3 drop", 21, 20));
        assertFalse(LastIndex.mentionsLast("uplink payload=last drop"));
        assertTrue(LastIndex.mentionsLast("downlink index=last drop"));
    }

    @Test
    void lastMinusMoreThanWasSentIsRefusedWithTheCount() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LastIndex.resolve("uplink index=last-5 drop", 3, 3));
        assertTrue(e.getMessage().contains("carried only 3 datagram(s)"), e.getMessage());
    }
}
