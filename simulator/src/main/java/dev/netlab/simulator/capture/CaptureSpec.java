package dev.netlab.simulator.capture;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A capture asked for: where it goes and how big it may grow.
 *
 * @param file the pcapng file to write (replaced if it exists)
 * @param limitBytes the file's size limit, at least {@link CaptureFile#MIN_LIMIT_BYTES}; packets past it
 *        are counted, not written
 */
public record CaptureSpec(Path file, long limitBytes) {

    /** Checks the file is given and the limit leaves room for packets. */
    public CaptureSpec {
        Objects.requireNonNull(file, "file");
        if (limitBytes < CaptureFile.MIN_LIMIT_BYTES) {
            throw new IllegalArgumentException("a capture limit must be at least " + CaptureFile.MIN_LIMIT_BYTES
                    + " bytes: " + limitBytes);
        }
    }

    /** A capture into {@code file} with the default limit of 100 MB. */
    public static CaptureSpec of(Path file) {
        return new CaptureSpec(file, CaptureFile.DEFAULT_LIMIT_BYTES);
    }
}
