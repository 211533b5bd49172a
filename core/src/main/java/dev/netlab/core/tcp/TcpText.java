package dev.netlab.core.tcp;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.Durations;
import java.util.List;

/**
 * The TCP settings as people write them: the keys of a scenario's {@code tcp} section, which the
 * proxy's {@code --mss}, {@code --window}, {@code --min-rto} and {@code --cc} flags mirror, and the
 * one function that reads a key's text into a {@link TcpSettings.Builder}. The scenario loader and
 * the proxy command both call {@link #read}, so a value means the same in a file and on the command line.
 */
public final class TcpText {

    /** The keys, in the order a scenario file lists them: {@code mss, window, minRto, cc}. */
    public static final List<String> KEYS = List.of("mss", "window", "minRto", "cc");

    private TcpText() {
    }

    /**
     * Sets one setting from its text: {@code mss} and {@code window} a size (a bare number is
     * bytes), {@code minRto} a duration, {@code cc} {@code newreno} or {@code none}. Ranges are
     * checked together by {@link TcpSettings.Builder#build()}.
     *
     * @return {@code builder}
     * @throws IllegalArgumentException saying what is allowed; the caller names the key or flag
     */
    public static TcpSettings.Builder read(TcpSettings.Builder builder, String key, String text) {
        switch (key) {
            case "mss" -> builder.mssBytes(bytes(text));
            case "window" -> builder.windowBytes(bytes(text));
            case "minRto" -> builder.minRto(Durations.parse(text));
            case "cc" -> builder.cc(CongestionControl.parse(text));
            default -> throw new IllegalArgumentException("unknown tcp setting '" + key + "'; allowed: "
                    + String.join(", ", KEYS));
        }
        return builder;
    }

    /** A bare number of bytes is unambiguous for mss and window. */
    private static long bytes(String text) {
        String trimmed = text == null ? null : text.trim();
        return ByteSize.parse(trimmed != null && trimmed.matches("\\d+") ? trimmed + "B" : text).bytes();
    }
}
