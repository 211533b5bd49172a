package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.Action;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
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
 * <p>The engine sees time since the relay started ({@code epochNanos}), so ledger times read as
 * nanoseconds into the run.
 */
final class ImpairedPath implements PacketPath {

    private final ImpairmentEngine engine;
    private final ReleaseScheduler scheduler;
    private final UdpRelayCounters counters;
    private final LedgerSink ledger;
    private final long epochNanos;
    private final DatagramTap tap;

    ImpairedPath(ImpairmentEngine engine, ReleaseScheduler scheduler, UdpRelayCounters counters, LedgerSink ledger,
            long epochNanos, DatagramTap tap) {
        this.engine = engine;
        this.tap = tap;
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
        engine.release(flow);
        tap.closed(flow);
    }

    @Override
    public void handle(int flow, boolean uplink, long index, ByteBuffer datagram, long arrivalNanos, Sender to) {
        byte[] payload = new byte[datagram.remaining()];
        datagram.get(payload);
        Direction direction = uplink ? Direction.UPLINK : Direction.DOWNLINK;
        long runNanos = arrivalNanos - epochNanos;
        Fate fate = engine.process(flow, direction, index, payload.length, runNanos, payload);
        tap.arrived(flow, direction, index, arrivalNanos, runNanos, payload, fate);
        if (!(fate instanceof Fate.Delivered delivered)) {
            return;
        }
        int copies = delivered.deliveries().size();
        for (int copy = 0; copy < copies; copy++) {
            Delivery delivery = delivered.deliveries().get(copy);
            ByteBuffer bytes = ByteBuffer.wrap(delivery.payload());
            long releaseNanos = delivery.releaseNanos() + epochNanos;
            Runnable send = tap == DatagramTap.NONE ? () -> to.send(bytes)
                    : captured(flow, direction, index, copy, copies, delivery, arrivalNanos, bytes, to);
            if (releaseNanos - System.nanoTime() <= 0) {
                send.run();
            } else if (!scheduler.schedule(releaseNanos, bytes.remaining(), send)) {
                (uplink ? counters.uplink() : counters.downlink()).queueOverflowDrops.increment();
                ledger.record(new LedgerEntry(runNanos, flow, direction, index, copy, payload.length,
                        Action.QUEUE_DROP, 0, "relay-queue-cap"));
            }
        }
    }

    /** Sends a copy and then shows it to the capture, with the time it really left. */
    private Runnable captured(int flow, Direction direction, long index, int copy, int copies, Delivery delivery,
            long arrivalNanos, ByteBuffer bytes, Sender to) {
        return () -> {
            to.send(bytes);
            long now = System.nanoTime();
            tap.sent(flow, direction, index, copy, copies, now, delivery, now - arrivalNanos);
        };
    }
}
