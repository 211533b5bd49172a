package dev.netlab.lab.cli.option;

import dev.netlab.core.units.ByteSize;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.simulator.capture.CaptureFile;

/** Reads {@code --pcap-limit}: a size of at least 64 KiB, else one sentence and exit 2. */
public final class CaptureLimit {

    private CaptureLimit() {
    }

    /**
     * The limit in bytes.
     *
     * @param flag the flag's name, for the sentence
     * @param text what was given, for example {@code 100MB}
     * @throws BadInputException naming the flag, the value and what is allowed
     */
    public static long parse(String flag, String text) {
        long bytes;
        try {
            bytes = ByteSize.parse(text).bytes();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + " " + text + ": " + e.getMessage());
        }
        if (bytes < CaptureFile.MIN_LIMIT_BYTES) {
            throw new BadInputException(flag + " " + text + ": a capture needs at least 64KiB");
        }
        return bytes;
    }
}
