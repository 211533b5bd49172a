package dev.netlab.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderingTest {

    @Test
    void inOrderArrivalsWithGapsAreNotReordered() {
        Reordering r = Reordering.of(1, 2, 4, 7, 8);
        // Loss leaves gaps but every arrival is >= NextExp, so nothing is reordered (RFC 4737 §3.3).
        assertEquals(5, r.received());
        assertEquals(0, r.reordered());
        assertEquals(0.0, r.reorderedRatio());
        assertEquals(0, r.maxExtent());
    }

    @Test
    void oneLatePacketAfterTwoLargerOnes() {
        // Arrivals 1,2,4,5,3 (indices 0..4). NextExp: 2,3,5,6 after the first four; 3 < 6 so 3 is
        // reordered. Earliest larger arrival is 4 at index 2: extent = 4 - 2 = 2. The arrivals
        // just before 3 are 5 and 4 (both larger), then 2 (smaller): 2-reordered, not 3-reordered.
        Reordering r = Reordering.of(1, 2, 4, 5, 3);
        assertEquals(List.of(new ReorderedPacket(3, 4, 2, 2)), r.reorderedPackets());
        assertEquals(0.2, r.reorderedRatio(), 1e-12);
        assertEquals(1, r.nReordered(2));
        assertEquals(0, r.nReordered(3));
    }

    @Test
    void packetOvertakenByTwo() {
        // Arrivals 1,3,4,2: NextExp is 5 when 2 arrives, so 2 is reordered; earliest larger is 3
        // at index 1, so extent = 3 - 1 = 2; 4 and 3 precede it and are larger: 2-reordered.
        Reordering r = Reordering.of(1, 3, 4, 2);
        assertEquals(List.of(new ReorderedPacket(2, 3, 2, 2)), r.reorderedPackets());
    }

    @Test
    void aReorderedPacketCanBeZeroReorderedWhenItsPredecessorIsSmaller() {
        // Arrivals 1,4,2,3. 2 (index 2): earliest larger is 4 at index 1, extent 1, preceded by 4: n = 1.
        // 3 (index 3): NextExp is still 5, so it is reordered too; extent 3 - 1 = 2; but the packet
        // just before it is 2 < 3, so n = 0: TCP would send no duplicate ACK for it.
        Reordering r = Reordering.of(1, 4, 2, 3);
        assertEquals(List.of(new ReorderedPacket(2, 2, 1, 1), new ReorderedPacket(3, 3, 2, 0)), r.reorderedPackets());
        assertEquals(1, r.nReordered(1));
        assertEquals(0.25, r.nReorderedRatio(1), 1e-12);
    }

    @Test
    void aBurstDelayedBehindFourLaterPackets() {
        // Arrivals 1,2,3,7,8,9,10,4,5,6 (indices 0..9); 4,5,6 are reordered (NextExp is 11).
        // Earliest larger for each is 7 at index 3: extents 7-3=4, 8-3=5, 9-3=6.
        // 4 is preceded by 10,9,8,7 (all larger) then 3: 4-reordered, enough for TCP's fast
        // retransmit; 5 and 6 are preceded by smaller 4 and 5: 0-reordered.
        Reordering r = Reordering.of(1, 2, 3, 7, 8, 9, 10, 4, 5, 6);
        assertEquals(List.of(new ReorderedPacket(4, 7, 4, 4), new ReorderedPacket(5, 8, 5, 0),
                new ReorderedPacket(6, 9, 6, 0)), r.reorderedPackets());
        assertEquals(0.3, r.reorderedRatio(), 1e-12);
        assertEquals(6, r.maxExtent());
        assertEquals(1, r.nReordered(3));
        assertEquals(0, r.nReordered(5));
    }

    @Test
    void onlyTheFirstCopyOfADuplicateCounts() {
        // Arrivals 1,3,2,3: the second 3 would be "reordered" (3 < NextExp 4) if it counted; RFC 4737
        // considers only the first arrival, so it is a duplicate and 2 is the only reordered packet.
        Reordering r = Reordering.of(1, 3, 2, 3);
        assertEquals(3, r.received());
        assertEquals(1, r.duplicates());
        assertEquals(List.of(new ReorderedPacket(2, 2, 1, 1)), r.reorderedPackets());
    }

    @Test
    void nothingReceivedHasNoRatio() {
        Reordering r = Reordering.of();
        // A ratio over zero packets is undefined, not zero.
        assertEquals(0, r.received());
        assertTrue(Double.isNaN(r.reorderedRatio()));
    }
}
