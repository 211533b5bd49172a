package dev.netlab.simulator.tcp;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/** Drives a path as a relay would, on virtual time: offer what fits, advance to the next event, until drained. */
final class PathDriver {

    /** What came out and when the last byte did. */
    record Result(byte[] delivered, long lastDeliveryNanos, long firstDeliveryNanos, long steps) {
    }

    private PathDriver() {
    }

    /**
     * Offers {@code data} in random chunks of 1 to {@code maxChunk} bytes whenever the path has room,
     * finishes the source when all is accepted and stops when drained; fails after {@code maxSteps}.
     */
    static Result run(TcpPath path, byte[] data, long startNanos, SplittableRandom random, int maxChunk,
            long maxSteps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        int offset = 0;
        boolean finished = false;
        long now = startNanos;
        boolean any = false;
        long first = 0;
        long last = 0;
        for (long step = 0; step < maxSteps; step++) {
            while (offset < data.length) {
                int len = Math.min(1 + random.nextInt(maxChunk), data.length - offset);
                int taken = path.offer(data, offset, len, now);
                offset += taken;
                if (taken < len) {
                    break;
                }
            }
            if (offset == data.length && !finished) {
                path.finish(now);
                finished = true;
            }
            for (byte[] chunk : path.advance(now)) {
                out.write(chunk, 0, chunk.length);
                first = any ? first : now;
                any = true;
                last = now;
            }
            if (path.isDrained()) {
                return new Result(out.toByteArray(), last, first, step);
            }
            long next = path.nextEventNanos();
            if (next == Long.MAX_VALUE) {
                fail("path stuck at " + now + " ns with " + out.size() + " of " + data.length + " bytes delivered: "
                        + path.stats());
            }
            now = Math.max(now, next);
        }
        return fail("path not drained after " + maxSteps + " steps: " + path.stats());
    }

    /** Random bytes from a fixed seed. */
    static byte[] randomBytes(int length, long seed) {
        byte[] data = new byte[length];
        new SplittableRandom(seed).nextBytes(data);
        return data;
    }
}
