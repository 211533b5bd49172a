package dev.netlab.core.metrics;

/**
 * One packet that RFC 4737 calls reordered, with how far out of place it was.
 *
 * @param seq its sequence number
 * @param arrivalIndex its position among first arrivals, from 0
 * @param extent RFC 4737 §4.2 reordering extent: {@code arrivalIndex − j}, where {@code j} is
 *     the earliest arrival with a larger sequence number; at least 1
 * @param nReordering RFC 4737 §5 degree: the largest {@code n} such that the {@code n} arrivals
 *     just before it all have larger sequence numbers, so it is n-reordered for every
 *     {@code 1 <= n <= nReordering}; may be 0
 */
public record ReorderedPacket(long seq, int arrivalIndex, int extent, int nReordering) {

    /** Checks the positions are consistent. */
    public ReorderedPacket {
        if (arrivalIndex < 1 || extent < 1 || extent > arrivalIndex || nReordering < 0 || nReordering > extent) {
            throw new IllegalArgumentException("inconsistent reordered packet: index " + arrivalIndex
                    + ", extent " + extent + ", n " + nReordering);
        }
    }
}
