package dev.netlab.simulator.server;

/**
 * Finds where the last complete UTF-8 character of a chunk ends, so a stream server can upper-case
 * what it has and keep a character split across two reads for the next one.
 */
final class Utf8Boundary {

    private Utf8Boundary() {
    }

    /**
     * @return the length of the longest prefix of {@code bytes[0, length)} that does not end inside
     *     a multi-byte character; bytes that are not UTF-8 at all count as complete
     */
    static int completePrefix(byte[] bytes, int length) {
        // A character is at most 4 bytes, so only the last 3 can start an unfinished one.
        for (int back = 1; back <= Math.min(3, length); back++) {
            int b = bytes[length - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue; // continuation byte: keep looking for the lead byte
            }
            int needed = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 1;
            return needed > back ? length - back : length;
        }
        return length;
    }
}
