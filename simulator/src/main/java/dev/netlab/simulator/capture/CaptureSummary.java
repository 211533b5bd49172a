package dev.netlab.simulator.capture;

import java.nio.file.Path;

/**
 * What a capture wrote.
 *
 * @param file the pcapng file
 * @param packetsWritten packets in the file
 * @param packetsOverLimit packets left out because the file had reached its size limit
 * @param bytesWritten the file's size
 * @param limitBytes the size limit
 * @param writeErrors packets lost to a failed write (a full disk, say); the relay went on
 */
public record CaptureSummary(Path file, long packetsWritten, long packetsOverLimit, long bytesWritten,
        long limitBytes, long writeErrors) {

    /** One line for a proxy's or run's summary. */
    public String describe() {
        StringBuilder line = new StringBuilder("capture ").append(file).append(": ").append(packetsWritten)
                .append(packetsWritten == 1 ? " packet, " : " packets, ").append(bytesWritten).append(" bytes");
        if (packetsOverLimit > 0) {
            line.append("; ").append(packetsOverLimit).append(" more not written: the file reached its limit of ")
                    .append(limitBytes).append(" bytes (--pcap-limit)");
        }
        if (writeErrors > 0) {
            line.append("; ").append(writeErrors).append(" lost to write errors");
        }
        return line.toString();
    }
}
