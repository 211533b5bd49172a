package dev.netlab.simulator.capture;

import dev.netlab.core.capture.IpFrames;
import dev.netlab.core.capture.TcpHeader;
import dev.netlab.core.engine.Delivery;
import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.Fate;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulated TCP connections of a relay in a capture, as Wireshark understands TCP. The client
 * side shows the client's conversation with the relay's front address, the server side the relay's
 * upstream address with the server; each segment is written where it was sent (with its fate) and,
 * for each good copy, where it arrived, so a lost segment appears on its sender's side only.
 * Sequence numbers are the emulation's stream offsets after an initial sequence number of 0; each
 * data segment acknowledges what its sender had acknowledged last; the receiver's cumulative ACKs
 * are pure ACKs. A corrupted copy is shown lost, as the receiver's checksum discards it. The window
 * field is 65 535 (no scaling is declared).
 */
public final class TcpCapture implements SegmentTap {

    private static final int WINDOW = 65_535;
    private static final byte[] NO_DATA = new byte[0];

    /** Per connection: its addresses and what each end has sent and acknowledged (stream offsets). */
    private static final class Connection {
        final FlowEnds ends;
        final long epochNanos;
        final long[] sentUpTo = new long[2];
        final long[] deliveredUpTo = new long[2];
        final long[] ackedUpTo = new long[2];

        Connection(FlowEnds ends, long epochNanos) {
            this.ends = ends;
            this.epochNanos = epochNanos;
        }
    }

    private final CaptureFile file;
    private final Map<Integer, Connection> connections = new ConcurrentHashMap<>();

    /** Writes into {@code file}, which the caller closes. */
    public TcpCapture(CaptureFile file) {
        this.file = file;
    }

    @Override
    public void opened(int flow, FlowEnds ends, long epochNanos) {
        connections.put(flow, new Connection(ends, epochNanos));
    }

    @Override
    public void handshake(int flow, Direction direction, long nanoTime, long index, Fate fate) {
        Connection c = connections.get(flow);
        if (c == null) {
            return;
        }
        boolean syn = direction == Direction.UPLINK;
        int flags = syn ? TcpHeader.SYN : TcpHeader.SYN | TcpHeader.ACK;
        TcpHeader header = new TcpHeader(0, syn ? 0 : 1, flags, WINDOW);
        String what = (syn ? "SYN" : "SYN-ACK") + (index > 0 ? " (retry " + index + ")" : "");
        write(c, direction, true, nanoTime, header, NO_DATA, what + ": " + fateText(fate, nanoTime));
        if (fate instanceof Fate.Delivered delivered) {
            for (Delivery copy : delivered.deliveries()) {
                if (!copy.is(Delivery.Mark.CORRUPTED)) {
                    write(c, direction, false, copy.releaseNanos(), header, NO_DATA, what + " arrived");
                }
            }
        }
    }

    @Override
    public void transmitted(int flow, Direction direction, long nanoTime, long seq, byte[] payload,
            String retransmission, Fate fate) {
        Connection c = connections.get(flow);
        if (c == null) {
            return;
        }
        int end = direction.ordinal();
        c.sentUpTo[end] = Math.max(c.sentUpTo[end], seq + payload.length);
        TcpHeader header = new TcpHeader(1 + seq, 1 + c.ackedUpTo[1 - end], TcpHeader.ACK | TcpHeader.PSH, WINDOW);
        String what = retransmission.isEmpty() ? "data" : "retransmission (" + retransmission + ")";
        write(c, direction, true, nanoTime, header, payload, what + ": " + fateText(fate, nanoTime));
    }

    @Override
    public void delivered(int flow, Direction direction, long nanoTime, long seq, byte[] payload, long waitNanos) {
        Connection c = connections.get(flow);
        if (c == null) {
            return;
        }
        int end = direction.ordinal();
        c.deliveredUpTo[end] = Math.max(c.deliveredUpTo[end], seq + payload.length);
        TcpHeader header = new TcpHeader(1 + seq, 1 + c.ackedUpTo[1 - end], TcpHeader.ACK | TcpHeader.PSH, WINDOW);
        write(c, direction, false, nanoTime, header, payload, waitNanos == 0 ? "delivered"
                : "delivered after a head-of-line wait of " + FateText.ms(waitNanos));
    }

    @Override
    public void ackSent(int flow, Direction direction, long nanoTime, long ackSeq) {
        Connection c = connections.get(flow);
        if (c == null) {
            return;
        }
        int end = direction.ordinal();
        c.ackedUpTo[end] = Math.max(c.ackedUpTo[end], ackSeq);
        // The ACK travels against the data: its sender is the data's receiver, whose side it leaves from.
        // At its sender's side an ACK follows that end's own transmissions.
        TcpHeader ack = new TcpHeader(1 + c.sentUpTo[1 - end], 1 + ackSeq, TcpHeader.ACK, WINDOW);
        write(c, reverse(direction), true, nanoTime, ack, NO_DATA, "ACK sent");
    }

    @Override
    public void ackArrived(int flow, Direction direction, long nanoTime, long ackSeq) {
        Connection c = connections.get(flow);
        if (c == null) {
            return;
        }
        // At the data sender's side the ACK's end is seen through what it delivered there.
        int end = direction.ordinal();
        TcpHeader ack = new TcpHeader(1 + c.deliveredUpTo[1 - end], 1 + ackSeq, TcpHeader.ACK, WINDOW);
        write(c, reverse(direction), false, nanoTime, ack, NO_DATA, "ACK arrived");
    }

    @Override
    public void closed(int flow, long nanoTime) {
        Connection c = connections.remove(flow);
        if (c == null) {
            return;
        }
        for (Direction direction : Direction.values()) {
            int end = direction.ordinal();
            int flags = TcpHeader.FIN | TcpHeader.ACK;
            long ack = 1 + c.ackedUpTo[1 - end];
            write(c, direction, true, nanoTime, new TcpHeader(1 + c.sentUpTo[end], ack, flags, WINDOW), NO_DATA,
                    "FIN: the relay closed the connection");
            write(c, direction, false, nanoTime, new TcpHeader(1 + c.deliveredUpTo[end], ack, flags, WINDOW), NO_DATA,
                    "FIN");
        }
    }

    /**
     * Writes a segment travelling in {@code direction}, on its sender's side when {@code atSender},
     * else on its receiver's side. For {@code ack} the direction is the ACK's own.
     */
    private void write(Connection c, Direction direction, boolean atSender, long nanoTime, TcpHeader header,
            byte[] payload, String comment) {
        boolean uplink = direction == Direction.UPLINK;
        boolean clientSide = uplink == atSender;
        CaptureFile.Side side = clientSide ? CaptureFile.Side.CLIENT : CaptureFile.Side.SERVER;
        InetSocketAddress clientEnd = clientSide ? c.ends.client() : c.ends.upstream();
        InetSocketAddress serverEnd = clientSide ? c.ends.front() : c.ends.server();
        InetSocketAddress from = uplink ? clientEnd : serverEnd;
        InetSocketAddress to = uplink ? serverEnd : clientEnd;
        file.write(side, c.epochNanos + nanoTime, IpFrames.tcp(from, to, header, payload, false, file.nextIpId(side)), comment);
    }

    private static Direction reverse(Direction direction) {
        return direction == Direction.UPLINK ? Direction.DOWNLINK : Direction.UPLINK;
    }

    private static String fateText(Fate fate, long nanoTime) {
        if (fate instanceof Fate.Delivered delivered
                && delivered.deliveries().stream().allMatch(copy -> copy.is(Delivery.Mark.CORRUPTED))) {
            return "lost: corrupted, the receiver's checksum discards it";
        }
        return FateText.arrival(fate, nanoTime);
    }
}
