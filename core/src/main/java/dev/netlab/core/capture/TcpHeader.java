package dev.netlab.core.capture;

/**
 * The fields of a synthetic TCP header that vary from segment to segment.
 *
 * @param seq the sequence number (only its low 32 bits are written)
 * @param ack the acknowledgement number (low 32 bits), meaningful with {@link #ACK}
 * @param flags a sum of {@link #FIN}, {@link #SYN}, {@link #RST}, {@link #PSH}, {@link #ACK}
 * @param windowBytes the advertised window, 0 to 65 535 (no window scaling is declared)
 */
public record TcpHeader(long seq, long ack, int flags, int windowBytes) {

    /** No more data from the sender. */
    public static final int FIN = 0x01;
    /** Synchronise sequence numbers. */
    public static final int SYN = 0x02;
    /** Reset the connection. */
    public static final int RST = 0x04;
    /** Push the data to the application. */
    public static final int PSH = 0x08;
    /** The acknowledgement number is valid. */
    public static final int ACK = 0x10;

    /** Checks the flags and window fit their fields. */
    public TcpHeader {
        if ((flags & ~0x3F) != 0) {
            throw new IllegalArgumentException("TCP flags must be a sum of FIN, SYN, RST, PSH, ACK (and URG): " + flags);
        }
        if (windowBytes < 0 || windowBytes > 0xFFFF) {
            throw new IllegalArgumentException("TCP window must be 0 to 65535 bytes: " + windowBytes);
        }
    }
}
