package dev.netlab.core.probe;

/**
 * One probe message: who sent it, its place in that sender's sequence, when it was sent and how
 * big it is on the wire. {@link ProbeCodec} turns it into bytes and back.
 *
 * @param client the sending client's id, 0 or more
 * @param seq the client's sequence number for this message, 0 or more
 * @param sendNanos the sender's {@code System.nanoTime()} when it sent the message; any value,
 *     since nanoTime may be negative
 * @param sizeBytes the encoded size, from {@link ProbeCodec#HEADER_BYTES} to
 *     {@link ProbeCodec#MAX_SIZE_BYTES}
 */
public record Probe(int client, long seq, long sendNanos, int sizeBytes) {

    /** Checks every field and names the bad value and the allowed range. */
    public Probe {
        if (client < 0) {
            throw new IllegalArgumentException("client id must be 0 or more: " + client);
        }
        if (seq < 0) {
            throw new IllegalArgumentException("sequence number must be 0 or more: " + seq);
        }
        if (sizeBytes < ProbeCodec.HEADER_BYTES) {
            throw new IllegalArgumentException("probe size must be at least " + ProbeCodec.HEADER_BYTES
                    + " bytes (the probe header): " + sizeBytes);
        }
        if (sizeBytes > ProbeCodec.MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("probe size must be at most " + ProbeCodec.MAX_SIZE_BYTES
                    + " bytes: " + sizeBytes);
        }
    }
}
