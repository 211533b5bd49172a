package dev.netlab.lab.check;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the programs put through the relay in one case (docs/check.md defines each number).
 *
 * @param uplink     the sender's datagrams (for TCP: the segments the relay cut from its stream)
 * @param downlink   the receiver's datagrams, usually the ACKs
 * @param sender     each of the sender's datagrams with its fate, for the chart
 * @param receiver   each of the receiver's datagrams with its fate, for the chart
 * @param inputBytes the size of the file to transfer
 * @param notKept    ledger decisions beyond what is kept in memory; 0 in any ordinary case
 */
public record CaseTraffic(DatagramFates.Counts uplink, DatagramFates.Counts downlink, List<DatagramFates.Fate> sender,
        List<DatagramFates.Fate> receiver, long inputBytes, long notKept) {

    /** Nothing went through the relay (the case did not get that far). */
    static final CaseTraffic NONE = new CaseTraffic(DatagramFates.counts(List.of()), DatagramFates.counts(List.of()),
            List.of(), List.of(), 0, 0);

    /** Copies the datagram lists. */
    public CaseTraffic {
        sender = List.copyOf(sender);
        receiver = List.copyOf(receiver);
    }

    /** Input bytes ÷ bytes the sender put on the wire (headers and retransmissions included); empty if it sent nothing. */
    public OptionalDouble efficiency() {
        return uplink.bytes() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inputBytes / uplink.bytes());
    }

    /**
     * The sender's datagrams ÷ the fewest datagrams that could carry the input at the size of its largest
     * datagram; 1.0 means no datagram was sent more than needed. Empty if it sent nothing.
     */
    public OptionalDouble retransmissionRatio() {
        if (uplink.datagrams() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) uplink.datagrams() / minimalDatagrams());
    }

    /** ceil(input bytes ÷ largest datagram), at least 1 (an empty file still needs a datagram to say so). */
    public long minimalDatagrams() {
        int largest = Math.max(1, uplink.largestBytes());
        return Math.max(1, (inputBytes + largest - 1) / largest);
    }
}
