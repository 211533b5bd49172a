package dev.netlab.core.engine;

import java.util.Locale;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code pattern: "..X..XX."}: deterministic loss for exercises. Packet {@code k} of a flow and
 * direction is dropped when character {@code k mod length} is {@code X}; {@code .} delivers it.
 * It goes by the packet's index, not by how many packets it has seen, and draws nothing.
 *
 * @param pattern {@code .} and {@code X} (or {@code x}), at least one character
 */
public record PatternLoss(String pattern) implements LossModel {

    /** Checks the pattern holds only {@code .} and {@code X} and normalises {@code x} to {@code X}. */
    public PatternLoss {
        if (pattern == null || pattern.isEmpty() || !pattern.matches("[.xX]+")) {
            throw new IllegalArgumentException("pattern must be one or more of '.' (deliver) and 'X' (drop),"
                    + " for example \"..X..XX.\": '" + pattern + "'");
        }
        pattern = pattern.toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean drops() {
        return pattern.indexOf('X') >= 0;
    }

    /** The share of packets the pattern drops. */
    @Override
    public double lossRate() {
        return pattern.chars().filter(c -> c == 'X').count() / (double) pattern.length();
    }

    @Override
    public Stage newStage(RandomGenerator random) {
        String drops = pattern;
        return (packet, copy) -> drops.charAt((int) (packet.index() % drops.length())) == 'X'
                ? new Step.Drop(DropReason.LOSS)
                : new Step.Pass(copy);
    }
}
