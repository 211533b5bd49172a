package dev.netlab.core.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * {@code pattern: "..X..XX."}: deterministic loss for exercises. Packet {@code k} of a flow and
 * direction is dropped when character {@code k mod length} is {@code X}; {@code .} delivers it.
 * It goes by the packet's index, not by how many packets it has seen, and draws nothing.
 *
 * <p>Keyed packets ({@link DrawKey}, the TCP emulation's) go by a count that leaves retransmissions out:
 * a first transmission takes the character after every packet before it (unkeyed ones, such as the
 * handshake's, by their index), so without retransmissions the k-th packet still takes character
 * {@code k}; the k-th transmission of a segment takes the character {@code k - 1} after its first
 * transmission's, and moves nothing. So neither spurious retransmissions nor their timing shift any
 * segment's character.
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
        return new Cursor(pattern);
    }

    /** The pattern and, for keyed packets, how many first transmissions it has seen. */
    private static final class Cursor implements Stage {
        private final String drops;
        /** The character the next keyed first transmission takes. */
        private long nextSlot;
        /** The character of each recent keyed first transmission, by stream place; bounded. */
        private final Map<Long, Long> slots = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > 65_536;
            }
        };

        Cursor(String drops) {
            this.drops = drops;
        }

        @Override
        public Step apply(Packet packet, Copy copy) {
            nextSlot = Math.max(nextSlot, packet.index() + 1);
            return at(packet.index(), copy);
        }

        @Override
        public Step apply(Packet packet, Copy copy, DrawKey key) {
            if (key.first()) {
                slots.put(key.position(), nextSlot);
                return at(nextSlot++, copy);
            }
            Long first = slots.get(key.position());
            return at((first != null ? first : nextSlot - 1) + key.transmission() - 1, copy);
        }

        private Step at(long slot, Copy copy) {
            return drops.charAt((int) (slot % drops.length())) == 'X' ? new Step.Drop(DropReason.LOSS) : new Step.Pass(copy);
        }
    }
}
