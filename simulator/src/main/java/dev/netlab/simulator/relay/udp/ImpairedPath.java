package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.HeldRelease;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
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
 * nanoseconds into the run.
 */
final class ImpairedPath implements PacketPath {

    private final ImpairmentEngine engine;
    private final ReleaseScheduler scheduler;
    private final UdpRelayCounters counters;
    private final LedgerSink ledger;
    private final long epochNanos;

    ImpairedPath(ImpairmentEngine engine, ReleaseScheduler scheduler, UdpRelayCounters counters, LedgerSink ledger,
            long epochNanos) {
        this.engine = engine;
        this.epochNanos = epochNanos;
        this.scheduler = scheduler;
        this.counters = counters;
        this.ledger = ledger;
    }

    @Override
    public void release(int flow) {
        engine.release(flow);
    }

    @Override
    public void handle(int flow, boolean uplink, long index, ByteBuffer datagram, long arrivalNanos, Sender to) {
        byte[] payload = new byte[datagram.remaining()];
        datagram.get(payload);
        Direction direction = uplink ? Direction.UPLINK : Direction.DOWNLINK;
        long runNanos = arrivalNanos - epochNanos;
        Fate fate = engine.process(flow, direction, index, payload.length, runNanos, payload);
        deliver(flow, direction, index, payload.length, runNanos, fate, to);
        if (fate instanceof Fate.Held held) {
            scheduleHoldLimit(flow, direction, held.untilNanos(), to);
        }
        sendReleased(flow, direction, runNanos, to);
    }

    /** Sends what the engine let go from a hold by {@code runNanos}. */
    private void sendReleased(int flow, Direction direction, long runNanos, Sender to) {
        for (HeldRelease released : engine.takeReleased(flow, direction, runNanos)) {
            deliver(flow, direction, released.packet().index(), released.packet().sizeBytes(),
                    released.packet().arrivalNanos(), released.fate(), to);
        }
    }

    /** At the hold limit, asks the engine again: the datagram leaves then if no later one let it go. */
    private void scheduleHoldLimit(int flow, Direction direction, long untilRunNanos, Sender to) {
        // Zero bytes never meet the cap; refused only when the relay is closing, and then the flow's
        // release records the held datagram as dropped.
        scheduler.schedule(untilRunNanos + epochNanos, 0,
                () -> sendReleased(flow, direction, System.nanoTime() - epochNanos, to));
    }

    private void deliver(int flow, Direction direction, long index, int sizeBytes, long runNanos, Fate fate,
            Sender to) {
        boolean uplink = direction == Direction.UPLINK;
        if (!(fate instanceof Fate.Delivered delivered)) {
            return;
        }
        for (int copy = 0; copy < delivered.deliveries().size(); copy++) {
            Delivery delivery = delivered.deliveries().get(copy);
            ByteBuffer bytes = ByteBuffer.wrap(delivery.payload());
            long releaseNanos = delivery.releaseNanos() + epochNanos;
            if (releaseNanos - System.nanoTime() <= 0) {
                to.send(bytes);
            } else if (!scheduler.schedule(releaseNanos, bytes.remaining(), () -> to.send(bytes))) {
                (uplink ? counters.uplink() : counters.downlink()).queueOverflowDrops.increment();
                ledger.record(new LedgerEntry(runNanos, flow, direction, index, copy, sizeBytes,
                        Action.QUEUE_DROP, 0, "relay-queue-cap"));
            }
        }
    }
}
