package dev.netlab.simulator.capture;

import dev.netlab.core.capture.PcapngWriter;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pcapng file with two interfaces, the client side and the server side of the relay. Turns
 * {@code System.nanoTime()} into wall-clock timestamps, numbers IPv4 packets per side and never
 * lets a failed write reach the relay: it is counted and the capture goes on.
 */
public final class CaptureFile implements Closeable {

    /** The default size limit: 100 MB. */
    public static final long DEFAULT_LIMIT_BYTES = 100_000_000L;
    /** The smallest size limit: 64 KiB, room for the headers and some packets. */
    public static final long MIN_LIMIT_BYTES = 64 * 1024;

    /** Where on the path a packet was seen. */
    public enum Side {
        /** Between the client and the relay. */
        CLIENT,
        /** Between the relay and the server. */
        SERVER
    }

    private final Path path;
    private final PcapngWriter writer;
    private final long limitBytes;
    private final long epochMinusNanoTime;
    private final int[] interfaces = new int[2];
    private final AtomicInteger[] ipIds = {new AtomicInteger(), new AtomicInteger()};
    private final AtomicLong writeErrors = new AtomicLong();

    private CaptureFile(Path path, PcapngWriter writer, long limitBytes) throws IOException {
        this.path = path;
        this.writer = writer;
        this.limitBytes = limitBytes;
        Instant now = Instant.now();
        this.epochMinusNanoTime = now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
        interfaces[Side.CLIENT.ordinal()] = writer.addInterface("client-side",
                "netlab: between the client and the relay");
        interfaces[Side.SERVER.ordinal()] = writer.addInterface("server-side",
                "netlab: between the relay and the server");
    }

    /**
     * Creates (or replaces) the file and writes its headers.
     *
     * @param path where the capture goes
     * @param limitBytes the file's size limit, at least {@link #MIN_LIMIT_BYTES}
     * @param application the program's name and version, for the file's header
     * @throws IOException when the file cannot be created
     */
    public static CaptureFile open(Path path, long limitBytes, String application) throws IOException {
        if (limitBytes < MIN_LIMIT_BYTES) {
            throw new IllegalArgumentException("a capture limit must be at least " + MIN_LIMIT_BYTES + " bytes: "
                    + limitBytes);
        }
        BufferedOutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        try {
            return new CaptureFile(path, new PcapngWriter(out, limitBytes, application), limitBytes);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** The next IPv4 identification number of a side. */
    int nextIpId(Side side) {
        return ipIds[side.ordinal()].getAndIncrement();
    }

    /** Writes one packet seen at {@code nanoTime} on a side; a failed write is counted, never thrown. */
    void write(Side side, long nanoTime, byte[] frame, String comment) {
        try {
            writer.write(interfaces[side.ordinal()], epochMinusNanoTime + nanoTime, frame, comment);
        } catch (IOException e) {
            writeErrors.incrementAndGet();
        }
    }

    /** What was written so far. */
    public CaptureSummary summary() {
        return new CaptureSummary(path, writer.packetsWritten(), writer.packetsOverLimit(), writer.bytesWritten(),
                limitBytes, writeErrors.get());
    }

    /** Flushes and closes the file; later packets are counted as over the limit. */
    @Override
    public void close() throws IOException {
        writer.close();
    }
}
