package dev.netlab.core.capture;

/** The Internet checksum (RFC 1071): the ones' complement of the ones' complement sum of 16-bit words. */
final class Checksum {

    private Checksum() {
    }

    /** The checksum of {@code length} bytes from {@code offset}, starting from a partial sum. */
    static int of(byte[] bytes, int offset, int length, long partialSum) {
        long sum = partialSum + sum(bytes, offset, length);
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** The plain sum of the 16-bit big-endian words of {@code bytes}, unfolded. */
    static long sum(byte[] bytes) {
        return sum(bytes, 0, bytes.length);
    }

    private static long sum(byte[] bytes, int offset, int length) {
        long sum = 0;
        int end = offset + length;
        for (int i = offset; i + 1 < end; i += 2) {
            sum += ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
        }
        if ((length & 1) == 1) {
            sum += (bytes[end - 1] & 0xFF) << 8;
        }
        return sum;
    }
}
