package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.ArrivalClock;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import dev.netlab.core.engine.ImpairmentEngine;
import dev.netlab.core.engine.LedgerEntry;
import dev.netlab.core.engine.LedgerSink;
import java.nio.ByteBuffer;

/**
 * Every datagram through the impairment engine: dropped ones are gone (the engine's ledger says
 * why), the others are sent at their release time, at once when it has already come, otherwise
 * from the relay's timer thread.
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

    ImpairedPath(ImpairmentEngine engine, ReleaseScheduler scheduler, UdpRelayCounters counters, LedgerSink ledger,
            long epochNanos, ArrivalClock clock) {
        this.engine = engine;
        this.clock = clock;
        this.epochNanos = epochNanos;
        this.scheduler = scheduler;
        this.counters = counters;
        this.ledger = ledger;
    }

    @Override
    public void release(int flow) {
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
        if (!(fate instanceof Fate.Delivered delivered)) {
            return;
        }
        for (int copy = 0; copy < delivered.deliveries().size(); copy++) {
            Delivery delivery = delivered.deliveries().get(copy);
            clock.delivered(flow, direction, delivery.payload(), delivery.releaseNanos() + epochNanos);
            ByteBuffer bytes = ByteBuffer.wrap(delivery.payload());
            long releaseNanos = order.realRelease(flow, uplink, delivery.releaseNanos(),
                    arrivalNanos + (delivery.releaseNanos() - runNanos));
            if (releaseNanos - System.nanoTime() <= 0) {
                to.send(bytes);
            } else if (!scheduler.schedule(releaseNanos, bytes.remaining(), () -> to.send(bytes))) {
                (uplink ? counters.uplink() : counters.downlink()).queueOverflowDrops.increment();
                ledger.record(new LedgerEntry(runNanos, flow, direction, index, copy, payload.length,
                        Action.QUEUE_DROP, 0, "relay-queue-cap"));
            }
        }
    }
}
