package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.DrawKey;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.Packet;
import java.util.ArrayList;
import java.util.List;

/**
 * The network under one path: hands each transmission to the impairment engine with the next
 * transmission index of its (flow, direction) and says when good copies reach the receiver. Its fate
 * is drawn by a key made of the segment's first byte's place in the stream and its transmission
 * number ({@link ImpairmentEngine#process(Packet, DrawKey)}): the same bytes sent for the same time meet
 * the same fate in every run with the seed, however the relay's reads cut the rest of the stream
 * and however many spurious retransmissions timing caused; the index only numbers the ledger rows. A
 * dropped transmission and a corrupted copy are both lost: the receiving TCP's checksum discards
 * a corrupted segment. Every transmission and loss goes to the ledger.
 */
final class Wire {

    /** A good copy of a transmission reaching the receiver. */
    record Arrival(long timeNanos, long index) {
    }

    private final ImpairmentEngine engine;
    private final int flow;
    private final Direction direction;
    private final TcpLedgerSink ledger;
    private long nextIndex;
    private long lostTransmissions;

    Wire(ImpairmentEngine engine, int flow, Direction direction, long firstIndex, TcpLedgerSink ledger) {
        this.engine = engine;
        this.flow = flow;
        this.direction = direction;
        this.nextIndex = firstIndex;
        this.ledger = ledger;
    }

    /**
     * Sends one transmission of a segment.
     *
     * @param action {@link TcpAction#SENT} or {@link TcpAction#RETRANSMITTED}
     * @param reason why it is retransmitted; empty for a first transmission
     * @return the good copies that reach the receiver, none when the transmission is lost
     */
    List<Arrival> send(Segment segment, long nowNanos, TcpAction action, String reason) {
        long index = nextIndex++;
        int size = segment.payload.length;
        log(nowNanos, action, segment.seq, size, index, 0, reason);
        Fate fate = engine.process(new Packet(flow, direction, index, size, nowNanos, segment.payload),
                new DrawKey(segment.seq, segment.transmissions));
        List<Arrival> arrivals = new ArrayList<>(1);
        if (fate instanceof Fate.Dropped dropped) {
            log(nowNanos, TcpAction.LOST, segment.seq, size, index, 0, dropped.reason().label());
        } else if (fate instanceof Fate.Delivered delivered) {
            for (Delivery copy : delivered.deliveries()) {
                if (copy.is(Delivery.Mark.CORRUPTED)) {
                    log(nowNanos, TcpAction.LOST, segment.seq, size, index, 0, "corrupted");
                } else {
                    arrivals.add(new Arrival(copy.releaseNanos(), index));
                }
            }
        }
        if (arrivals.isEmpty()) {
            lostTransmissions++;
        }
        return arrivals;
    }

    /** Transmissions of which no good copy reached the receiver. */
    long lostTransmissions() {
        return lostTransmissions;
    }

    /** Writes one ledger row for this path. */
    void log(long timeNanos, TcpAction action, long seq, int sizeBytes, long index, long waitNanos, String reason) {
        if (ledger != TcpLedgerSink.NONE) {
            ledger.record(new TcpLedgerEntry(timeNanos, flow, direction, action, seq, sizeBytes, index, waitNanos,
                    reason));
        }
    }
}
