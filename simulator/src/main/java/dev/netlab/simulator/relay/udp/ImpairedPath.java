package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.HeldRelease;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
import dev.netlab.simulator.capture.DatagramTap;
import dev.netlab.simulator.capture.FlowEnds;
import java.nio.ByteBuffer;

/**
 * Every datagram through the impairment engine: dropped ones are gone (the engine's ledger says
 * why), the others are sent at their release time, at once when it has already come, otherwise
 * from the relay's timer thread.
 *
 * <p>A datagram a {@code hold} rule keeps leaves when the engine lets it go: after the next datagram
 * of its flow and direction (asked right after each datagram), or at its hold limit (asked from the
 * timer thread then).
 *
 * <p>The engine sees time since the relay started ({@code epochNanos}), so ledger times read as
 * nanoseconds into the run. It decides on the arrival times the {@link ArrivalClock} gives (the real
 * ones in a proxy, emulated ones in a measured run); each copy is sent at its real arrival plus the
 * sojourn the engine gave it, so the path's delay is real while its decisions repeat, and no earlier
 * than copies the engine released before it ({@link ReleaseOrder}).
 */
final class ImpairedPath implements PacketPath {

    private final ImpairmentEngine engine;
    private final ReleaseScheduler scheduler;
    private final UdpRelayCounters counters;
    private final LedgerSink ledger;
    private final long epochNanos;
    private final ArrivalClock clock;
    private final ReleaseOrder order = new ReleaseOrder();
    private final DatagramTap tap;

    ImpairedPath(ImpairmentEngine engine, ReleaseScheduler scheduler, UdpRelayCounters counters, LedgerSink ledger,
            long epochNanos, ArrivalClock clock, DatagramTap tap) {
        this.engine = engine;
        this.tap = tap;
        this.clock = clock;
        this.epochNanos = epochNanos;
        this.scheduler = scheduler;
        this.counters = counters;
        this.ledger = ledger;
    }

    @Override
    public void opened(int flow, FlowEnds ends) {
        tap.opened(flow, ends);
    }

    @Override
    public void release(int flow) {
        tap.closed(flow);
        engine.release(flow);
        clock.release(flow);
        order.release(flow);
    }

    @Override
    public void handle(int flow, boolean uplink, long index, ByteBuffer datagram, long arrivalNanos, Sender to) {
        byte[] payload = new byte[datagram.remaining()];
        datagram.get(payload);
        Direction direction = uplink ? Direction.UPLINK : Direction.DOWNLINK;
        long emulatedNanos = clock.arrivalNanos(flow, direction, payload, arrivalNanos);
        long runNanos = emulatedNanos - epochNanos;
        Fate fate = engine.process(flow, direction, index, payload.length, runNanos, payload);
        tap.arrived(flow, direction, index, arrivalNanos, runNanos, payload, fate);
        deliver(flow, direction, index, payload.length, runNanos, arrivalNanos, fate, to);
        if (fate instanceof Fate.Held held) {
            scheduleHoldLimit(flow, direction, held.untilNanos(), to);
        }
        sendReleased(flow, direction, runNanos, to);
    }

    /** Sends what the engine let go from a hold by {@code runNanos}. */
    private void sendReleased(int flow, Direction direction, long runNanos, Sender to) {
        for (HeldRelease released : engine.takeReleased(flow, direction, runNanos)) {
            // A held datagram's real arrival is not kept: its emulated one stands in (the same in a proxy).
            long heldRunNanos = released.packet().arrivalNanos();
            deliver(flow, direction, released.packet().index(), released.packet().sizeBytes(), heldRunNanos,
                    heldRunNanos + epochNanos, released.fate(), to);
        }
    }

    /** At the hold limit, asks the engine again: the datagram leaves then if no later one let it go. */
    private void scheduleHoldLimit(int flow, Direction direction, long untilRunNanos, Sender to) {
        // Zero bytes never meet the cap; refused only when the relay is closing, and then the flow's
        // release records the held datagram as dropped.
        scheduler.schedule(untilRunNanos + epochNanos, 0,
                () -> sendReleased(flow, direction, System.nanoTime() - epochNanos, to));
    }

    /**
     * Sends each copy at its real arrival plus the time the engine kept it, in the engine's order.
     *
     * @param runNanos the emulated arrival the engine decided on, on its clock
     * @param arrivalNanos the real arrival, on {@code System.nanoTime()}
     */
    private void deliver(int flow, Direction direction, long index, int sizeBytes, long runNanos, long arrivalNanos,
            Fate fate, Sender to) {
        boolean uplink = direction == Direction.UPLINK;
        if (!(fate instanceof Fate.Delivered delivered)) {
            return;
        }
        int copies = delivered.deliveries().size();
        for (int copy = 0; copy < copies; copy++) {
            Delivery delivery = delivered.deliveries().get(copy);
            clock.delivered(flow, direction, delivery.payload(), delivery.releaseNanos() + epochNanos);
            ByteBuffer bytes = ByteBuffer.wrap(delivery.payload());
            long releaseNanos = order.realRelease(flow, uplink, delivery.releaseNanos(),
                    arrivalNanos + (delivery.releaseNanos() - runNanos));
            Runnable send = tap == DatagramTap.NONE ? () -> to.send(bytes)
                    : captured(flow, direction, index, copy, copies, delivery, arrivalNanos, bytes, to);
            if (releaseNanos - System.nanoTime() <= 0) {
                send.run();
            } else if (!scheduler.schedule(releaseNanos, bytes.remaining(), send)) {
                (uplink ? counters.uplink() : counters.downlink()).queueOverflowDrops.increment();
                ledger.record(new LedgerEntry(runNanos, flow, direction, index, copy, sizeBytes,
                        Action.QUEUE_DROP, 0, "relay-queue-cap"));
            }
        }
    }

    /** Sends a copy and then shows it to the capture, with the moment it really left. */
    private Runnable captured(int flow, Direction direction, long index, int copy, int copies, Delivery delivery,
            long arrivalNanos, ByteBuffer bytes, Sender to) {
        return () -> {
            to.send(bytes);
            long now = System.nanoTime();
            tap.sent(flow, direction, index, copy, copies, now, delivery, now - arrivalNanos);
        };
    }
}
