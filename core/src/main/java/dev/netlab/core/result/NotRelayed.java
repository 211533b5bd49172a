package dev.netlab.core.result;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a run's UDP relay lost outside the impairment engine and its cap on queued bytes, and what
 * the kernel dropped from full socket buffers: causes of loss the engine's ledger counts cannot
 * show, which the consistency check adds to its drops.
 *
 * @param byTheRelay  datagrams the relay itself could not pass on: refused at the client cap, no
 *                    socket for a new client, server unreachable, send errors, handling errors (all
 *                    but the last are {@code dropped} rows in the ledger, with that reason)
 * @param kernelDrops datagrams the kernel dropped from full receive buffers before they were read, on
 *                    the relay's sockets and, in a run, the server's and the clients' too (from
 *                    {@code /proc/net/udp} on Linux); empty where unknown
 */
public record NotRelayed(long byTheRelay, OptionalLong kernelDrops) {

    /** Nothing lost outside the engine, the kernel's drops known to be 0 (TCP; results made by hand). */
    public static final NotRelayed NONE = new NotRelayed(0, OptionalLong.of(0));

    /** Checks the counts are not negative. */
    public NotRelayed {
        Objects.requireNonNull(kernelDrops, "kernelDrops");
        if (byTheRelay < 0 || kernelDrops.orElse(0) < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + byTheRelay + ", " + kernelDrops);
        }
    }

    /** Every loss counted here, the kernel's as 0 when unknown. */
    public long total() {
        return byTheRelay + kernelDrops.orElse(0);
    }
}
