package dev.netlab.simulator.capture;

import dev.netlab.core.capture.IpFrames;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A UDP relay's datagrams in a capture. A datagram is written where it was sent, with the relay's
 * decision as its comment: a client's datagram on the client side as it arrived, and each copy
 * that leaves on the server side when it leaves (a reply the other way round). A dropped datagram
 * appears only on the side it came from. A corrupted copy carries a UDP checksum that fails.
 */
public final class UdpCapture implements DatagramTap {

    private final CaptureFile file;
    private final Map<Integer, FlowEnds> flows = new ConcurrentHashMap<>();

    /** Writes into {@code file}, which the caller closes. */
    public UdpCapture(CaptureFile file) {
        this.file = file;
    }

    @Override
    public void opened(int flow, FlowEnds ends) {
        flows.put(flow, ends);
    }

    @Override
    public void closed(int flow) {
        flows.remove(flow);
    }

    @Override
    public void arrived(int flow, Direction direction, long index, long nanoTime, long engineNanos, byte[] payload,
            Fate fate) {
        FlowEnds ends = flows.get(flow);
        if (ends == null) {
            return;
        }
        boolean uplink = direction == Direction.UPLINK;
        CaptureFile.Side side = uplink ? CaptureFile.Side.CLIENT : CaptureFile.Side.SERVER;
        InetSocketAddress from = uplink ? ends.client() : ends.server();
        InetSocketAddress to = uplink ? ends.front() : ends.upstream();
        file.write(side, nanoTime, IpFrames.udp(from, to, payload, false, file.nextIpId(side)),
                FateText.arrival(fate, engineNanos));
    }

    @Override
    public void sent(int flow, Direction direction, long index, int copy, int copies, long nanoTime,
            Delivery delivery, long delayNanos) {
        FlowEnds ends = flows.get(flow);
        if (ends == null) {
            return;
        }
        boolean uplink = direction == Direction.UPLINK;
        CaptureFile.Side side = uplink ? CaptureFile.Side.SERVER : CaptureFile.Side.CLIENT;
        InetSocketAddress from = uplink ? ends.upstream() : ends.front();
        InetSocketAddress to = uplink ? ends.server() : ends.client();
        boolean corrupted = delivery.is(Delivery.Mark.CORRUPTED);
        file.write(side, nanoTime, IpFrames.udp(from, to, delivery.payload(), corrupted, file.nextIpId(side)),
                FateText.copy(delivery, copy, copies, delayNanos));
    }
}
