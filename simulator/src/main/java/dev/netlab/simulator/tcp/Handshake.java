package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.Packet;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.simulator.capture.SegmentTap;
import java.util.PriorityQueue;

/**
 * The three-way handshake of one connection, emulated on virtual time before data flows. The SYN
 * is an uplink transmission (index 0, then 1, 2 for retries), the SYN-ACK a downlink one (index 0,
 * 1, ...), so data in each direction starts at the next index. The client resends its SYN when
 * its timer expires after 1 s, 2 s, 4 s ... (the initial RTO, doubling, {@code synRetries} times),
 * as Linux does. The server answers the first SYN at once, resends the SYN-ACK on its own timer
 * (same schedule) and at once for each further SYN. The connection is established when a good
 * SYN-ACK reaches the client; the final ACK is not emulated (it travels with the first data).
 * Both paths then start at {@link HandshakeOutcome.Established#establishedNanos()}. The packets
 * are empty (40 bytes of headers are not counted against a rate).
 */
public final class Handshake {

    private enum Kind { CLIENT_TIMER, SYN_AT_SERVER, SERVER_TIMER, SYN_ACK_AT_CLIENT }

    private record Event(long timeNanos, long order, Kind kind) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Long.compare(timeNanos, other.timeNanos);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private static final byte[] EMPTY = new byte[0];

    private final TcpSettings settings;
    private final ImpairmentEngine engine;
    private final int flow;
    private final TcpLedgerSink ledger;
    private final SegmentTap tap;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private long order;
    private long syns;
    private long synAcks;

    private Handshake(TcpSettings settings, ImpairmentEngine engine, int flow, TcpLedgerSink ledger,
            SegmentTap tap) {
        this.settings = settings;
        this.tap = tap;
        this.engine = engine;
        this.flow = flow;
        this.ledger = ledger;
    }

    /**
     * Runs the handshake to its end; pure, like the engine.
     *
     * @param settings the initial RTO (first SYN timeout) and {@code synRetries}
     * @param engine decides the fate of each SYN and SYN-ACK
     * @param flow the connection's flow
     * @param startNanos when the client connects
     * @param ledger where each SYN, SYN-ACK and loss is written
     * @return established with its time, or failed
     */
    public static HandshakeOutcome run(TcpSettings settings, ImpairmentEngine engine, int flow, long startNanos,
            TcpLedgerSink ledger) {
        return run(settings, engine, flow, startNanos, ledger, SegmentTap.NONE);
    }

    /** The same, showing every SYN and SYN-ACK and its fate to a tap (a capture). */
    public static HandshakeOutcome run(TcpSettings settings, ImpairmentEngine engine, int flow, long startNanos,
            TcpLedgerSink ledger, SegmentTap tap) {
        return new Handshake(settings, engine, flow, ledger, tap).run(startNanos);
    }

    private HandshakeOutcome run(long startNanos) {
        long clientTimeoutNanos = settings.initialRtoNanos();
        long serverTimeoutNanos = settings.initialRtoNanos();
        boolean serverKnows = false;
        send(Direction.UPLINK, startNanos);
        schedule(startNanos + clientTimeoutNanos, Kind.CLIENT_TIMER);
        while (!events.isEmpty()) {
            Event event = events.poll();
            long now = event.timeNanos();
            switch (event.kind()) {
                case SYN_ACK_AT_CLIENT -> {
                    log(now, Direction.UPLINK, TcpAction.ESTABLISHED, -1, now - startNanos, "");
                    return new HandshakeOutcome.Established(startNanos, now, syns, synAcks);
                }
                case CLIENT_TIMER -> {
                    if (syns > settings.synRetries()) {
                        log(now, Direction.UPLINK, TcpAction.HANDSHAKE_FAILED, -1, now - startNanos, "syn-retries");
                        return new HandshakeOutcome.Failed(startNanos, now, syns, synAcks);
                    }
                    clientTimeoutNanos = Math.min(settings.maxRtoNanos(), clientTimeoutNanos * 2);
                    send(Direction.UPLINK, now);
                    schedule(now + clientTimeoutNanos, Kind.CLIENT_TIMER);
                }
                case SYN_AT_SERVER -> {
                    if (!serverKnows) {
                        serverKnows = true;
                        schedule(now + serverTimeoutNanos, Kind.SERVER_TIMER);
                    }
                    if (synAcks <= settings.synRetries()) {
                        send(Direction.DOWNLINK, now);
                    }
                }
                case SERVER_TIMER -> {
                    if (synAcks <= settings.synRetries()) {
                        serverTimeoutNanos = Math.min(settings.maxRtoNanos(), serverTimeoutNanos * 2);
                        send(Direction.DOWNLINK, now);
                        schedule(now + serverTimeoutNanos, Kind.SERVER_TIMER);
                    }
                }
            }
        }
        throw new IllegalStateException("the client timer always ends the handshake");
    }

    /** Sends a SYN (uplink) or SYN-ACK (downlink) through the engine and schedules its good copies. */
    private void send(Direction direction, long now) {
        long index = direction == Direction.UPLINK ? syns++ : synAcks++;
        String what = direction == Direction.UPLINK ? "syn" : "syn-ack";
        log(now, direction, TcpAction.HANDSHAKE_SENT, index, 0, what);
        Kind arrival = direction == Direction.UPLINK ? Kind.SYN_AT_SERVER : Kind.SYN_ACK_AT_CLIENT;
        // The handshake is not one of the segments rules count and pick (docs/impairments.md, "Rules").
        Fate fate = engine.processOutsideRules(new Packet(flow, direction, index, 0, now, EMPTY));
        tap.handshake(flow, direction, now, index, fate);
        if (fate instanceof Fate.Dropped dropped) {
            log(now, direction, TcpAction.LOST, index, 0, what + "-" + dropped.reason().label());
        } else if (fate instanceof Fate.Delivered delivered) {
            for (Delivery copy : delivered.deliveries()) {
                if (copy.is(Delivery.Mark.CORRUPTED)) {
                    log(now, direction, TcpAction.LOST, index, 0, what + "-corrupted");
                } else {
                    schedule(copy.releaseNanos(), arrival);
                }
            }
        }
    }

    private void schedule(long timeNanos, Kind kind) {
        events.add(new Event(timeNanos, order++, kind));
    }

    private void log(long timeNanos, Direction direction, TcpAction action, long index, long waitNanos,
            String reason) {
        if (ledger != TcpLedgerSink.NONE) {
            ledger.record(new TcpLedgerEntry(timeNanos, flow, direction, action, 0, 0, index, waitNanos, reason));
        }
    }
}
