package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.tcp.TcpSettings;
import dev.netlab.simulator.capture.SegmentTap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * One direction of an emulated TCP connection on virtual time: the sender cuts the source's
 * bytes into segments, passes every transmission through the impairment engine, repairs losses
 * (fast retransmit, NewReno partial ACKs, the RFC 6298 timer) and limits bytes in flight to
 * min(cwnd, window); the receiver hands bytes on strictly in order. Nothing here reads a clock: every
 * call takes the time and each due event runs at its own time, however late the caller is.
 *
 * <p>How a relay drives it, from one thread (the class is not thread-safe):
 * <pre>{@code
 * int n = path.offer(buf, off, len, now);     // accepts at most sendWindowBytes(); stop reading the source at 0
 * List<byte[]> ready = path.advance(now);      // write these to the destination, in order
 * long wake = path.nextEventNanos();           // call advance again then (Long.MAX_VALUE: nothing pending)
 * path.finish(now); ... path.isDrained()       // source half-closed; once drained, propagate FIN
 * }</pre>
 *
 * <p>Model and limits: each arriving segment gets a cumulative ACK that reaches the sender
 * {@link TcpSettings#ackDelayNanos()} later, never impaired. Transmissions are indexed per path from
 * {@code firstIndex}; a fate is drawn by the segment's place in the stream and its transmission number
 * ({@code Wire}). Segments are at most one MSS, one per line with {@link TcpSettings#lineSegments()}
 * (measured runs), so the cut does not depend on timing. A corrupted copy is lost (the receiver's
 * checksum); a segment's engine size is its payload. No Nagle, no receive-window shrinking; FIN is
 * not emulated: {@link #isDrained()} tells the relay when to close.
 */
public final class TcpPath {

    private static final int TRACE_POINTS = 4096;

    private final TcpSettings settings;
    private final Wire wire;
    private final ByteQueue unsent = new ByteQueue();
    private final ArrayDeque<Segment> outstanding = new ArrayDeque<>();
    private final PriorityQueue<PathEvent> events = new PriorityQueue<>();
    private final Reassembly receiver = new Reassembly();
    private final CongestionWindow cc;
    private final RtoEstimator rto;
    private final LossRecovery recovery;
    private final CwndTrace trace;
    private final List<byte[]> ready = new ArrayList<>();
    private long clockNanos;
    private long eventOrder;
    private long sndUna;
    private long sndNxt;
    private long rtoDeadlineNanos = Long.MAX_VALUE;
    private long readySinceNanos = Long.MAX_VALUE;
    private boolean finished;
    private long bytesOffered;
    private long bytesDelivered;
    private long segmentsSent;
    private final Map<RetransmitReason, Long> retransmissions = new EnumMap<>(RetransmitReason.class);
    private long timeouts;
    private long timeoutWaitNanos;
    private final RetransmissionBook book = new RetransmissionBook();

    /**
     * A path ready to carry data from {@code startNanos} on (after the handshake).
     *
     * @param settings MSS, window, RTO bounds, congestion control, ACK delay
     * @param engine decides every transmission's fate
     * @param flow the connection's flow number in the engine
     * @param direction which way the data goes
     * @param startNanos the path's time zero, on the caller's clock
     * @param firstIndex the first data transmission's index ({@link HandshakeOutcome.Established#firstDataIndex})
     * @param ledger where each TCP event is written
     */
    public TcpPath(TcpSettings settings, ImpairmentEngine engine, int flow, Direction direction, long startNanos,
            long firstIndex, TcpLedgerSink ledger) {
        this(settings, engine, flow, direction, startNanos, firstIndex, ledger, SegmentTap.NONE);
    }

    /** The same, showing every transmission, delivery and ACK to a tap (a capture). */
    TcpPath(TcpSettings settings, ImpairmentEngine engine, int flow, Direction direction, long startNanos,
            long firstIndex, TcpLedgerSink ledger, SegmentTap tap) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (firstIndex < 0) {
            throw new IllegalArgumentException("first transmission index must be 0 or more: " + firstIndex);
        }
        this.wire = new Wire(Objects.requireNonNull(engine, "engine"), flow, Objects.requireNonNull(direction,
                "direction"), firstIndex, Objects.requireNonNull(ledger, "ledger"), tap);
        this.trace = new CwndTrace(TRACE_POINTS, flow, direction);
        this.clockNanos = startNanos;
        this.cc = new CongestionWindow(settings.cc(), settings.mssBytes(), settings.initialWindowSegments());
        this.recovery = LossRecovery.of(settings.recovery(), cc);
        this.rto = new RtoEstimator(settings.initialRtoNanos(), settings.minRtoNanos(), settings.maxRtoNanos());
        trace.record(startNanos, cc.cwndBytes());
    }

    /**
     * Accepts bytes from the source and sends what the windows allow. Runs events due by then first.
     *
     * @return how many bytes were taken, at most {@link #sendWindowBytes()}; 0 means the send buffer is full
     * @throws IllegalStateException after {@link #finish}
     */
    public int offer(byte[] data, int off, int len, long nowNanos) {
        Objects.checkFromIndexSize(off, len, data.length);
        if (finished) {
            throw new IllegalStateException("the source was finished; no more bytes can be offered");
        }
        runDue(nowNanos);
        int taken = (int) Math.min(len, sendWindowBytes());
        unsent.append(data, off, taken);
        bytesOffered += taken;
        sendNew(clockNanos);
        return taken;
    }

    /** How many more bytes {@link #offer} accepts now: send buffer minus unacknowledged and unsent bytes. */
    public long sendWindowBytes() {
        return settings.sendBufferBytes() - (sndNxt - sndUna) - unsent.sizeBytes();
    }

    /**
     * Runs every event due at or before {@code nowNanos}, each at its own time, and returns the bytes the
     * destination may now read, in stream order; times before the path's clock count as the clock. The
     * arrays are the path's own segment payloads, shared with the sender until acknowledged: never modify.
     */
    public List<byte[]> advance(long nowNanos) {
        runDue(nowNanos);
        List<byte[]> out = List.copyOf(ready);
        ready.clear();
        readySinceNanos = Long.MAX_VALUE;
        return out;
    }

    /**
     * When {@link #advance} next has something to do: the earliest pending arrival, ACK or timer, the past
     * if {@link #offer} or {@link #finish} made bytes ready, {@link Long#MAX_VALUE} when nothing is pending.
     */
    public long nextEventNanos() {
        long next = Math.min(rtoDeadlineNanos, readySinceNanos);
        return events.isEmpty() ? next : Math.min(next, events.peek().timeNanos());
    }

    /** The source half-closed: no more bytes will be offered. Runs events due by then. */
    public void finish(long nowNanos) {
        runDue(nowNanos);
        finished = true;
        sendNew(clockNanos); // a last incomplete line held by line segments goes now
    }

    /** Whether the source finished and every byte offered has been returned by {@link #advance}. */
    public boolean isDrained() {
        return finished && bytesDelivered == bytesOffered && ready.isEmpty();
    }

    /** A snapshot of the counters, at the path's clock. */
    public TcpPathStats stats() {
        long fast = retransmissions.getOrDefault(RetransmitReason.FAST, 0L);
        long partialAck = retransmissions.getOrDefault(RetransmitReason.PARTIAL_ACK, 0L);
        long timeout = retransmissions.getOrDefault(RetransmitReason.TIMEOUT, 0L);
        return new TcpPathStats(segmentsSent, fast + partialAck + timeout, fast, partialAck, timeout, timeouts,
                wire.lostTransmissions(), receiver.duplicates(), bytesOffered, bytesDelivered, receiver.holWaitNanos(),
                receiver.maxHolWaitNanos(), receiver.stallNanos(clockNanos), rto.srttNanos(), rto.rtoNanos(),
                cc.cwndBytes(), cc.ssthreshBytes(), trace.points(), book.causes(wire.lostTransmissions()),
                receiver.longestStallNanos(clockNanos), timeoutWaitNanos);
    }

    private void runDue(long nowNanos) {
        long now = Math.max(nowNanos, clockNanos);
        while (true) {
            long eventNanos = events.isEmpty() ? Long.MAX_VALUE : events.peek().timeNanos();
            long due = Math.min(eventNanos, rtoDeadlineNanos);
            if (due > now) {
                break;
            }
            clockNanos = due;
            // An ACK arriving exactly at the deadline stops the timer, so events go first.
            if (eventNanos <= rtoDeadlineNanos) {
                PathEvent event = events.poll();
                if (event instanceof PathEvent.SegmentArrival arrival) {
                    onSegmentArrival(arrival);
                } else if (event instanceof PathEvent.AckArrival ack) {
                    onAck(ack.ackSeq(), due);
                }
            } else {
                onTimeout(due);
            }
            trace.record(due, cc.cwndBytes());
        }
        clockNanos = now;
    }

    private void onSegmentArrival(PathEvent.SegmentArrival arrival) {
        long now = arrival.timeNanos();
        Reassembly.Outcome outcome = receiver.arrive(arrival.seq(), arrival.payload(), now);
        if (outcome instanceof Reassembly.Outcome.Duplicate) {
            log(now, TcpAction.DUPLICATE_DISCARDED, arrival.seq(), arrival.payload().length, arrival.index(), 0, "");
        } else if (outcome instanceof Reassembly.Outcome.Held) {
            log(now, TcpAction.HELD, arrival.seq(), arrival.payload().length, arrival.index(), 0, "");
        } else if (outcome instanceof Reassembly.Outcome.Released released) {
            for (Reassembly.ReleasedSegment segment : released.segments()) {
                ready.add(segment.payload());
                bytesDelivered += segment.payload().length;
                log(now, TcpAction.DELIVERED, segment.seq(), segment.payload().length, -1, segment.waitNanos(), "");
                wire.delivered(now, segment.seq(), segment.payload(), segment.waitNanos());
            }
            readySinceNanos = Math.min(readySinceNanos, now);
        }
        // Every arrival is acknowledged, duplicates included, as a receiving TCP does.
        events.add(new PathEvent.AckArrival(now + settings.ackDelayNanos(), eventOrder++, receiver.nextSeq()));
        wire.acked(now, receiver.nextSeq());
    }

    private void onAck(long ackSeq, long now) {
        wire.ackArrived(now, ackSeq);
        if (ackSeq > sndUna) {
            onNewAck(ackSeq, now);
        } else if (ackSeq == sndUna && !outstanding.isEmpty()) {
            recovery.onDupAck(sndUna, sndNxt).ifPresent(reason -> retransmitHead(now, reason));
        }
        sendNew(now);
    }

    private void onNewAck(long ackSeq, long now) {
        long ackedBytes = ackSeq - sndUna;
        cc.flightAtAck(sndNxt - sndUna);
        boolean ambiguous = false;
        Segment last = null;
        while (!outstanding.isEmpty() && outstanding.peekFirst().end() <= ackSeq) {
            last = outstanding.pollFirst();
            ambiguous |= last.transmissions > 1;
        }
        sndUna = ackSeq;
        if (last != null && !ambiguous) {
            rto.sample(now - last.firstSentNanos); // Karn: only segments sent once give samples
        }
        recovery.onNewAck(ackSeq, ackedBytes).ifPresent(reason -> retransmitHead(now, reason));
        rtoDeadlineNanos = outstanding.isEmpty() ? Long.MAX_VALUE : now + rto.rtoNanos();
    }

    private void onTimeout(long now) {
        timeouts++;
        timeoutWaitNanos += rto.rtoNanos();
        log(now, TcpAction.TIMEOUT, sndUna, 0, -1, rto.rtoNanos(), "");
        RetransmitReason reason = recovery.onTimeout(sndUna, sndNxt);
        rto.backOff();
        retransmitHead(now, reason);
    }

    private void retransmitHead(long now, RetransmitReason reason) {
        Segment head = outstanding.peekFirst();
        if (head == null) {
            rtoDeadlineNanos = Long.MAX_VALUE;
            return;
        }
        retransmissions.merge(reason, 1L, Long::sum);
        book.retransmitting(head, reason);
        transmit(head, now, TcpAction.RETRANSMITTED, reason.label());
        rtoDeadlineNanos = now + rto.rtoNanos();
    }

    /** Cuts and sends new segments while the bytes in flight stay within min(cwnd, window). */
    private void sendNew(long now) {
        long limit = Math.min(cc.cwndBytes(), settings.windowBytes());
        while (unsent.sizeBytes() > 0) {
            int size = unsent.nextSegmentBytes(settings.mssBytes(), settings.lineSegments(), finished);
            if (size == 0 || sndNxt - sndUna + size > limit) {
                break;
            }
            Segment segment = new Segment(sndNxt, unsent.take(size), now);
            outstanding.addLast(segment);
            sndNxt += size;
            segmentsSent++;
            transmit(segment, now, TcpAction.SENT, "");
            if (rtoDeadlineNanos == Long.MAX_VALUE) {
                rtoDeadlineNanos = now + rto.rtoNanos();
            }
        }
    }

    private void transmit(Segment segment, long now, TcpAction action, String reason) {
        segment.transmissions++;
        List<Wire.Arrival> arrivals = wire.send(segment, now, action, reason);
        book.sent(segment, arrivals.stream().noneMatch(a -> a.segment() == segment));
        for (Wire.Arrival arrival : arrivals) { // may include an earlier segment a hold rule let go now
            events.add(new PathEvent.SegmentArrival(arrival.timeNanos(), eventOrder++, arrival.segment().seq,
                    arrival.segment().payload, arrival.index()));
        }
    }

    private void log(long timeNanos, TcpAction action, long seq, int sizeBytes, long index, long waitNanos,
            String reason) {
        wire.log(timeNanos, action, seq, sizeBytes, index, waitNanos, reason);
    }
}
