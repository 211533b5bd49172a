package dev.netlab.core.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * The TCP emulation's settings in a scenario.
 *
 * @param mssBytes    largest segment, 100 to 65 000 bytes (default 1448)
 * @param windowBytes most bytes in flight, at least one segment (default 64 KiB)
 * @param minRto      lowest retransmission timeout, 1 ms to 60 s (default 200 ms, as Linux)
 * @param congestion  {@code newreno} or {@code none} (default newreno)
 */
public record TcpSpec(int mssBytes, long windowBytes, Duration minRto, String congestion) {

    /** Linux-like defaults. */
    public static final TcpSpec DEFAULTS = new TcpSpec(1448, 64 * 1024, Duration.ofMillis(200), "newreno");

    public TcpSpec {
        Objects.requireNonNull(minRto, "minRto");
        if (mssBytes < 100 || mssBytes > 65_000) {
            throw new IllegalArgumentException("mss must be between 100B and 65000B: " + mssBytes + "B");
        }
        if (windowBytes < mssBytes || windowBytes > (1L << 30)) {
            throw new IllegalArgumentException("window must be between one mss (" + mssBytes + "B) and 1GiB: " + windowBytes + "B");
        }
        if (minRto.toMillis() < 1 || minRto.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("minRto must be between 1ms and 60s: " + minRto.toMillis() + "ms");
        }
        if (!congestion.equals("newreno") && !congestion.equals("none")) {
            throw new IllegalArgumentException("cc must be newreno or none: '" + congestion + "'");
        }
    }
}
